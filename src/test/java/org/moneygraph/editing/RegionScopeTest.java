package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Roles and region scope, with the security context the tests set reaching the services. */
class RegionScopeTest extends EditingTests {

    private static final String CREATE_FUND = "mutation($input: FundInput!) { createFund(input: $input) { id version } }";

    private static Map<String, Object> fund(String region) {
        return region == null ? Map.of("name", "区域资金", "sourceType", "SUBSIDY", "sources", List.of(source(QUOTE)))
                : Map.of("name", "区域资金", "sourceType", "SUBSIDY", "region", region, "sources", List.of(source(QUOTE)));
    }

    @Test
    void viewersAuditorsAndAnonymousCallersCannotWrite() {
        List<Long> before = footprint();
        as("viewer", "ROLE_VIEWER");
        assertThat(error(CREATE_FUND, Map.of("input", fund(SIPING))).path("extensions").path("code").asString())
                .isEqualTo("FORBIDDEN");
        as("auditor", "ROLE_AUDITOR");
        assertThat(error(CREATE_FUND, Map.of("input", fund(SIPING))).path("extensions").path("code").asString())
                .isEqualTo("FORBIDDEN");
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        assertThat(error(CREATE_FUND, Map.of("input", fund(SIPING))).path("extensions").path("code").asString())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aScopedEditorWritesInsideTheRegionAndBelowOnly() {
        as("tongjiang-editor", "ROLE_EDITOR", "REGION_SCOPE:" + TONGJIANG);
        String inside = data(CREATE_FUND, Map.of("input", fund(SIPING))).path("createFund").path("id").asString();
        data("mutation($id: ID!) { updateFund(id: $id, expectedVersion: 1, input: {note: \"区内\"}) { version } }",
                Map.of("id", inside));
        String region = data("mutation($input: RegionInput!) { createRegion(input: $input) { id } }", Map.of("input",
                Map.of("name", "区内新村", "level", "VILLAGE", "within", SIPING, "sources", List.of(source(QUOTE)))))
                .path("createRegion").path("id").asString();
        assertThat(region).startsWith("Region:003-");

        List<Long> before = footprint();
        JsonNode outside = error(CREATE_FUND, Map.of("input", fund(OTHER_COUNTY)));
        assertError(outside, "FORBIDDEN", "input.region");
        assertThat(outside.path("message").asString()).contains(TONGJIANG);
        JsonNode nowhere = error(CREATE_FUND, Map.of("input", fund(null)));
        assertError(nowhere, "FORBIDDEN", "input.region");
        assertThat(nowhere.path("message").asString()).contains("lies in no region");
        assertError(error("mutation($input: RegionInput!) { createRegion(input: $input) { id } }", Map.of("input",
                Map.of("name", "区外新村", "level", "VILLAGE", "within", OTHER_COUNTY, "sources", List.of(source(QUOTE))))),
                "FORBIDDEN", "input.within");
        assertError(error("mutation { updateRegion(id: \"%s\", expectedVersion: 1, input: {note: \"越权\"}) { id } }"
                .formatted(OTHER_COUNTY), Map.of()), "FORBIDDEN", "id");
        assertError(error("mutation { deleteRegion(id: \"%s\", expectedVersion: 1) { id } }".formatted(OTHER_COUNTY),
                Map.of()), "FORBIDDEN", "id");
        assertError(error("mutation($id: ID!) { linkNodes(input: {from: $id, type: GOVERNS, to: \"%s\", sources: [{documentId: \"Document:003\", quote: \"%s\"}]}) { exists } }"
                .formatted(OTHER_COUNTY, QUOTE), Map.of("id", inside)), "FORBIDDEN", "input.to");
        assertError(error("mutation($id: ID!) { linkNodes(input: {from: \"%s\", type: SUPPORTS, to: $id, sources: [{documentId: \"Document:003\", quote: \"%s\"}]}) { exists } }"
                .formatted(OTHER_COUNTY, QUOTE), Map.of("id", inside)), "FORBIDDEN", "input.from");
        assertThat(footprint()).isEqualTo(before);

        // The region itself is in scope too: WITHIN*0.. includes it.
        data("mutation { updateRegion(id: \"%s\", expectedVersion: 1, input: {note: \"本县\"}) { version } }"
                .formatted(TONGJIANG), Map.of());
        // A flow lies where its receiver lies.
        data("mutation($input: FundFlowInput!) { createFundFlow(input: $input) { id } }", Map.of("input", Map.of(
                "flowType", "SPENT", "amount", Map.of("text", "1785万元"), "to", SIPING, "sources", List.of(source(QUOTE)))));
        assertError(error("mutation($input: FundFlowInput!) { createFundFlow(input: $input) { id } }", Map.of("input", Map.of(
                "flowType", "SPENT", "amount", Map.of("text", "1785万元"), "to", OTHER_COUNTY, "sources", List.of(source(QUOTE))))),
                "FORBIDDEN", "input.to");
    }
}
