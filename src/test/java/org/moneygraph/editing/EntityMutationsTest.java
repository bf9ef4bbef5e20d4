package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Create, update and delete of every entity kind, and the input checks that stop a bad write whole. */
class EntityMutationsTest extends EditingTests {

    private static final List<Object> SOURCES = List.of(source(QUOTE));

    private JsonNode create(String label, Map<String, Object> input) {
        return data("mutation($input: %1$sInput!) { create%1$s(input: $input) { id version sources { quote } } }"
                .formatted(label), Map.of("input", input)).path("create" + label);
    }

    private static Map<String, Object> input(Object... pairs) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        input.put("sources", SOURCES);
        return input;
    }

    @Test
    void everyKindIsCreatedUpdatedAndDeleted() {
        Map<String, Map<String, Object>> inputs = new LinkedHashMap<>();
        inputs.put("Region", input("name", "测试村", "level", "VILLAGE", "within", SIPING));
        inputs.put("Organization", input("name", "测试局", "kind", "DEPARTMENT", "region", SIPING));
        inputs.put("Campaign", input("name", "测试行动", "kind", "ACTION", "region", SIPING));
        inputs.put("Project", input("name", "测试项目", "status", "PLANNED", "category", "AGRICULTURE",
                "investment", Map.of("text", "1785万元"), "regions", List.of(SIPING)));
        inputs.put("Indicator", input("name", "测试指标", "actual", Map.of("text", "1785万元"), "region", SIPING));
        inputs.put("Fund", input("name", "测试资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元"),
                "region", SIPING));
        inputs.put("FundFlow", input("flowType", "SPENT", "amount", Map.of("text", "1785万元"), "to", SIPING,
                "purpose", "产业发展"));
        inputs.put("BeneficiaryGroup", input("name", "测试群体", "region", SIPING));
        inputs.put("Policy", input("name", "测试方案", "kind", "PLAN", "region", SIPING));
        inputs.put("Problem", input("foundBy", "AUDIT", "description", "测试问题", "region", SIPING));
        inputs.put("Pairing", input("mechanism", "OTHER", "helper", TONGJIANG, "helped", SIPING));
        inputs.put("Responsibility", input("type", "LEAD", "typeText", "牵头", "subject", SIPING));
        Map<String, String> ids = new HashMap<>();
        for (var entry : inputs.entrySet()) {
            JsonNode created = create(entry.getKey(), entry.getValue());
            assertThat(created.path("id").asString()).as(entry.getKey()).startsWith(entry.getKey() + ":003-m");
            assertThat(created.path("version").asInt()).isEqualTo(1);
            assertThat(created.path("sources").get(0).path("quote").asString()).isEqualTo(QUOTE);
            ids.put(entry.getKey(), created.path("id").asString());
        }
        JsonNode rectification = create("Rectification", input("status", "IN_PROGRESS", "problem", ids.get("Problem")));
        ids.put("Rectification", rectification.path("id").asString());

        JsonNode fund = data("query($id: ID!) { node(id: $id) { ... on Fund { name sourceType amount { text yuan unit } region { id } } } }",
                Map.of("id", ids.get("Fund"))).path("node");
        assertThat(fund.path("amount").path("yuan").asString()).isEqualTo("17850000");
        assertThat(fund.path("region").path("id").asString()).isEqualTo(SIPING);
        JsonNode flow = data("query($id: ID!) { node(id: $id) { ... on FundFlow { name to { id } } } }",
                Map.of("id", ids.get("FundFlow"))).path("node");
        assertThat(flow.path("name").asString()).isEqualTo("产业发展");
        assertThat(flow.path("to").path("id").asString()).isEqualTo(SIPING);

        for (var entry : ids.entrySet()) {
            String label = entry.getKey();
            JsonNode updated = data("mutation($id: ID!) { update%1$s(id: $id, expectedVersion: 1, input: {note: \"已核实\"}) { id version } }"
                    .formatted(label), Map.of("id", entry.getValue())).path("update" + label);
            assertThat(updated.path("version").asInt()).as(label).isEqualTo(2);
        }
        // Deletes run against what needs what: the rectification and flows first, regions last.
        for (String label : List.of("Rectification", "Responsibility", "Pairing", "FundFlow", "Problem", "Policy",
                "BeneficiaryGroup", "Fund", "Indicator", "Project", "Campaign", "Organization", "Region")) {
            JsonNode deleted = data("mutation($id: ID!) { delete%1$s(id: $id, expectedVersion: 2) { id type change { operation targetId } } }"
                    .formatted(label), Map.of("id", ids.get(label))).path("delete" + label);
            assertThat(deleted.path("type").asString()).isEqualTo(label);
            assertThat(deleted.path("change").path("operation").asString()).isEqualTo("DELETE");
            assertThat(count("MATCH (n:Entity {id: $id}) RETURN count(n)", Map.of("id", ids.get(label)))).isZero();
        }
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndClearsExplicitNulls() {
        String id = create("Fund", input("name", "更新资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元"),
                "note", "旧说明", "region", SIPING)).path("id").asString();
        Map<String, Object> changes = new HashMap<>();
        changes.put("name", "改名资金");
        changes.put("amount", null);
        JsonNode fund = data("""
                mutation($id: ID!, $input: FundInput!) { updateFund(id: $id, expectedVersion: 1, input: $input) {
                  name note sourceType amount { text } version } }""", Map.of("id", id, "input", changes)).path("updateFund");
        assertThat(fund.path("name").asString()).isEqualTo("改名资金");
        assertThat(fund.path("note").asString()).isEqualTo("旧说明");
        assertThat(fund.path("sourceType").asString()).isEqualTo("SUBSIDY");
        assertThat(fund.path("amount").isNull()).isTrue();
        assertThat(fund.path("version").asInt()).isEqualTo(2);
    }

    @Test
    void badInputIsRejectedWithCodeAndFieldAndChangesNothing() {
        record Case(String label, Map<String, Object> input, String code, String field) {
        }
        Map<String, Object> period = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY", "region", SIPING));
        period.put("period", Map.of("text", "1998年春"));
        Map<String, Object> year = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY", "region", SIPING));
        year.put("sources", List.of(source(PERIOD_QUOTE)));
        year.put("period", Map.of("text", "2024年", "year", 1800));
        Map<String, Object> noSources = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY"));
        noSources.put("sources", List.of());
        Map<String, Object> badQuote = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY"));
        badQuote.put("sources", List.of(source("报告里没有这句话")));
        Map<String, Object> badDocument = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY"));
        badDocument.put("sources", List.of(Map.of("documentId", "Document:999", "quote", QUOTE)));
        Map<String, Object> secondOccurrence = new HashMap<>(input("name", "资金", "sourceType", "SUBSIDY"));
        secondOccurrence.put("sources", List.of(Map.of("documentId", DOC, "quote", QUOTE, "occurrence", 9)));
        List<Case> cases = List.of(
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元", "value", "-5")),
                        "BAD_USER_INPUT", "input.amount.value"),
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元", "unit", "斤")),
                        "BAD_USER_INPUT", "input.amount.unit"),
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "999万元")),
                        "BAD_USER_INPUT", "input.amount.text"),
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元", "value", "many")),
                        "BAD_USER_INPUT", "input.amount.value"),
                new Case("Fund", period, "BAD_USER_INPUT", "input.period.text"),
                new Case("Fund", year, "BAD_USER_INPUT", "input.period.year"),
                new Case("Fund", input("name", "资金", "region", SIPING), "BAD_USER_INPUT", "input.sourceType"),
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "region", "Region:999-nowhere"),
                        "NOT_FOUND", "input.region"),
                new Case("Fund", input("name", "资金", "sourceType", "SUBSIDY", "region", DOC), "BAD_USER_INPUT", "input.region"),
                new Case("Project", input("name", "项目", "status", "PLANNED", "regions", List.of(SIPING, "Fund:nope")),
                        "NOT_FOUND", "input.regions[1]"),
                new Case("Fund", noSources, "BAD_USER_INPUT", "input.sources"),
                new Case("Fund", badQuote, "BAD_USER_INPUT", "input.sources[0].quote"),
                new Case("Fund", secondOccurrence, "BAD_USER_INPUT", "input.sources[0].quote"),
                new Case("Fund", badDocument, "NOT_FOUND", "input.sources[0].documentId"),
                new Case("Fund", input("key", "003-Bad Key", "name", "资金", "sourceType", "SUBSIDY"), "BAD_USER_INPUT", "input.key"),
                new Case("Fund", input("key", "000-wrong-document", "name", "资金", "sourceType", "SUBSIDY"), "BAD_USER_INPUT", "input.key"),
                new Case("FundFlow", input("flowType", "SPENT", "amount", Map.of("text", "1785万元")), "BAD_USER_INPUT", "input.to"),
                new Case("Pairing", input("mechanism", "OTHER", "helper", TONGJIANG, "helped", DOC), "BAD_USER_INPUT", "input.helped"),
                new Case("Region", input("name", "xx镇", "level", "TOWNSHIP", "within", SIPING), "BAD_USER_INPUT", "input.masked"));
        List<Long> before = footprint();
        for (Case c : cases) {
            JsonNode error = error("mutation($input: %1$sInput!) { create%1$s(input: $input) { id } }".formatted(c.label()),
                    Map.of("input", c.input()));
            assertError(error, c.code(), c.field());
            assertThat(error.path("message").asString()).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void enumsOutsideTheModelAreRefusedBeforeAnythingRuns() {
        List<Long> before = footprint();
        JsonNode response = execute("mutation($input: FundInput!) { createFund(input: $input) { id } }",
                Map.of("input", input("name", "资金", "sourceType", "GOLD_BARS")));
        assertThat(response.path("errors").get(0).path("message").asString()).contains("GOLD_BARS");
        assertThat(response.path("data").path("createFund").isMissingNode() || response.path("data").isNull()).isTrue();
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void updatesRefuseKeysReferencesAndWrongKinds() {
        String id = create("Policy", input("name", "政策", "kind", "PLAN", "region", SIPING)).path("id").asString();
        List<Long> before = footprint();
        assertError(error("mutation($id: ID!) { updatePolicy(id: $id, expectedVersion: 1, input: {region: \"%s\"}) { id } }"
                .formatted(TONGJIANG), Map.of("id", id)), "BAD_USER_INPUT", "input.region");
        assertError(error("mutation($id: ID!) { updatePolicy(id: $id, expectedVersion: 1, input: {kind: null}) { id } }",
                Map.of("id", id)), "BAD_USER_INPUT", "input.kind");
        assertError(error("mutation($id: ID!) { updateFund(id: $id, expectedVersion: 1, input: {name: \"x\"}) { id } }",
                Map.of("id", id)), "BAD_USER_INPUT", "id");
        assertError(error("mutation { updateFund(id: \"Fund:003-none\", expectedVersion: 1, input: {name: \"x\"}) { id } }",
                Map.of()), "NOT_FOUND", "id");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aNodeOthersNeedCannotBeDeleted() {
        String region = create("Region", input("name", "被需要的村", "level", "VILLAGE", "within", SIPING)).path("id").asString();
        create("FundFlow", input("flowType", "SPENT", "amount", Map.of("text", "1785万元"), "to", region));
        List<Long> before = footprint();
        JsonNode error = error("mutation($id: ID!) { deleteRegion(id: $id, expectedVersion: 1) { id } }", Map.of("id", region));
        assertError(error, "BAD_USER_INPUT", "id");
        assertThat(error.path("message").asString()).contains("TO");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void anExplicitKeyGivesTheIdAndASecondCreateOfItConflicts() {
        JsonNode created = create("Organization", input("key", "003-test-bureau", "name", "测试局", "kind", "DEPARTMENT"));
        assertThat(created.path("id").asString()).isEqualTo("Organization:003-test-bureau");
        List<Long> before = footprint();
        assertError(error("mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }",
                Map.of("input", input("key", "003-test-bureau", "name", "测试局", "kind", "DEPARTMENT"))), "CONFLICT", "input.key");
        assertThat(footprint()).isEqualTo(before);
    }
}
