package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Bad arguments come back as BAD_USER_INPUT or NOT_FOUND, naming the argument at fault. */
class FundingBadInputTest extends FundingSeedTests {

    private void assertError(String query, Map<String, Object> variables, String code, String field) {
        JsonNode response = graphql.post(query, variables);
        JsonNode error = response.path("errors").get(0);
        assertThat(error).as("errors of %s", variables).isNotNull();
        assertThat(error.path("extensions").path("code").asString()).isEqualTo(code);
        assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
    }

    @Test
    void moneyTrailRefusesUnknownStartsWrongTypesAndDepths() {
        assertError(TRAIL, variables("from", "Region:999-nowhere"), "NOT_FOUND", "from");
        assertError(TRAIL, variables("from", "Campaign:001-bqw"), "BAD_USER_INPUT", "from");
        assertError(TRAIL, variables("from", "FundFlow:001-flow-subsidy"), "BAD_USER_INPUT", "from");
        assertError(TRAIL, variables("from", "Fund:001-fund-bond", "maxDepth", 0), "BAD_USER_INPUT", "maxDepth");
        assertError(TRAIL, variables("from", "Fund:001-fund-bond", "maxDepth", -3), "BAD_USER_INPUT", "maxDepth");
        // The server maximum is the default 8 here.
        assertError(TRAIL, variables("from", "Fund:001-fund-bond", "maxDepth", 9), "BAD_USER_INPUT", "maxDepth");
        assertError(TRAIL, variables("from", "Fund:001-fund-bond", "types", List.of()), "BAD_USER_INPUT", "types");
        assertThat(trail("Fund:001-fund-bond", null, 8, null).path("maxDepth").asInt()).isEqualTo(8);
    }

    @Test
    void aTiersHopPageRefusesCursorsItDidNotGiveAndOversizedPages() {
        String paged = """
                query($after: String, $first: Int) { moneyTrail(from: "Fund:001-fund-bond") {
                  tiers { hopsConnection(first: $first, after: $after) { totalCount } } } }""";
        assertError(paged, variables("after", "not-a-cursor"), "BAD_USER_INPUT", "after");
        assertError(paged, variables("first", 101), "BAD_USER_INPUT", "first");
        assertError(paged, variables("first", -1), "BAD_USER_INPUT", "first");
        // A cursor past the end, as one kept from a larger tier, is an empty page, not an error.
        String offset999 = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("offset:999".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String edges = """
                query($after: String) { moneyTrail(from: "Fund:001-fund-bond") {
                  tiers { hopsConnection(after: $after) { totalCount edges { cursor } pageInfo { hasNextPage } } } } }""";
        JsonNode beyond = graphql.data(edges, variables("after", offset999)).path("moneyTrail").path("tiers").get(0)
                .path("hopsConnection");
        assertThat(beyond.path("totalCount").asInt()).isPositive();
        assertThat(beyond.path("edges").isEmpty()).isTrue();
        assertThat(beyond.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void reconciliationRefusesUnknownAndWrongScopes() {
        assertError(RECONCILIATION, variables("scope", "Fund:999-none"), "NOT_FOUND", "scope");
        assertError(RECONCILIATION, variables("scope", "Project:003-proj-water"), "BAD_USER_INPUT", "scope");
        assertError(RECONCILIATION, variables("scope", "Campaign:001-bqw"), "BAD_USER_INPUT", "scope");
    }

    @Test
    void fundSummaryRefusesUnknownAndWrongScopes() {
        assertError(SUMMARY, variables("scope", "Region:999-none"), "NOT_FOUND", "scope");
        assertError(SUMMARY, variables("scope", "BeneficiaryGroup:003-bg-dibao"), "BAD_USER_INPUT", "scope");
    }
}
