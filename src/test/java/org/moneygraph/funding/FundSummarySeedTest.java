package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** fundSummary on the seed, with sums worked out by hand from the bundles. */
class FundSummarySeedTest extends FundingSeedTests {

    /** Each row as "key|key|flowCount|yuan|masked". */
    private static List<String> lines(JsonNode summary, java.util.function.Function<JsonNode, String> keys) {
        List<String> lines = new ArrayList<>();
        summary.path("rows").forEach(r -> lines.add(keys.apply(r) + "|" + r.path("flowCount").asInt() + "|"
                + (r.path("yuan").isNull() ? "null" : r.path("yuan").asString()) + "|" + r.path("maskedCount").asInt()));
        return lines;
    }

    private static String text(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "null" : value.asString();
    }

    /** The summary query with the rows' flows (their IDs only) and without them. */
    private static final String SUMMARY_WITH_FLOWS = SUMMARY.replace("flows { id %s } }".formatted(SOURCES), "flows { id } }");
    private static final String SUMMARY_WITHOUT_FLOWS = SUMMARY.replace("flows { id %s } }".formatted(SOURCES), "}");

    @Autowired
    Driver driver;

    @Test
    void aSummaryWithoutItsFlowsHasTheSameRowsAndTotalsForEveryScopeAndGrouping() {
        // Without the flows selected, the service sums each flow as it arrives and keeps none of them.
        assertThat(SUMMARY_WITH_FLOWS).contains("flows { id } }");
        assertThat(SUMMARY_WITHOUT_FLOWS).doesNotContain("flows");
        List<String> scopes = new ArrayList<>();
        scopes.add(null);
        try (var session = driver.session()) {
            scopes.addAll(session.run("""
                    MATCH (n:Entity) WHERE (n:Region OR n:Fund OR n:Organization OR n:Campaign)
                    RETURN n.id AS id ORDER BY id""").list(r -> r.get("id").asString()));
        }
        // No key (regions matter only under a region scope), two plain keys, and every key at once.
        List<List<String>> groupings = List.of(List.of(), List.of("SOURCE_TYPE", "FLOW_TYPE"),
                List.of("REGION", "CAMPAIGN", "SOURCE_TYPE", "YEAR", "FLOW_TYPE"));
        int withFlows = 0;
        for (String scope : scopes) {
            for (List<String> groupBy : groupings) {
                JsonNode whole = graphql.data(SUMMARY_WITH_FLOWS, variables("scope", scope, "groupBy", groupBy))
                        .path("fundSummary");
                JsonNode lean = graphql.data(SUMMARY_WITHOUT_FLOWS, variables("scope", scope, "groupBy", groupBy))
                        .path("fundSummary");
                JsonNode expected = whole.deepCopy();
                expected.path("rows").forEach(r -> ((tools.jackson.databind.node.ObjectNode) r).remove("flows"));
                assertThat(lean).as("%s by %s", scope, groupBy).isEqualTo(expected);
                int flowsInRows = 0;
                for (JsonNode row : whole.path("rows")) {
                    assertThat(row.path("flows").size()).isEqualTo(row.path("flowCount").asInt());
                    flowsInRows += row.path("flowCount").asInt();
                }
                assertThat(flowsInRows).isGreaterThanOrEqualTo(whole.path("totals").path("flowCount").asInt());
                if (whole.path("totals").path("flowCount").asInt() == 0) {
                    break;
                }
                withFlows++;
            }
        }
        assertThat(scopes).hasSizeGreaterThan(100);
        assertThat(withFlows).as("scopes with flows, times groupings").isGreaterThan(60);
    }

    @Test
    void tongjiangBySourceType() {
        JsonNode summary = summary("Region:003-tongjiang", List.of("SOURCE_TYPE"));
        // By hand from seed/graph/003.json:
        // SUBSIDY 6225.39万 + 2003.3万 + 313.67万 + 1317.05万 + 193.24万 + 15.6万 + 466.06万 + 33.57万 + 47.4万 = 106152800
        // ASSISTANCE_FUND 2238万; LOAN 5115.341万 + 2195万 + 6.7亿 = 743103410; POLICY_FUND 3.47亿 + 0.23亿;
        // OTHER (林地流转租金) 7.32亿; no fund: 供水工程 1785万 + 以工代赈报酬 6151万 = 79360000.
        assertThat(lines(summary, r -> text(r.path("sourceType")))).containsExactly(
                "SUBSIDY|9|106152800|0", "ASSISTANCE_FUND|1|22380000|0", "LOAN|3|743103410|0",
                "POLICY_FUND|2|370000000|0", "OTHER|1|732000000|0", "null|2|79360000|0");
        assertThat(summary.path("totals").path("yuan").asString()).isEqualTo("2052996210");
        assertThat(summary.path("totals").path("flowCount").asInt()).isEqualTo(18);
        assertThat(summary.path("scope").path("id").asString()).isEqualTo("Region:003-tongjiang");
        JsonNode subsidy = summary.path("rows").get(0);
        assertThat(subsidy.path("flows").findValues("quote").stream().map(JsonNode::asString))
                .anyMatch(q -> q.contains("累计发放农村低保补贴6225.39万元"));
    }

    @Test
    void tongjiangByYear() {
        JsonNode summary = summary("Region:003-tongjiang", List.of("YEAR"));
        // 1317.05万 + 5115.341万 + 6151万 = 125833910 in 2024; the other 15 flows give no year.
        assertThat(lines(summary, r -> text(r.path("year"))))
                .containsExactly("2024|3|125833910|0", "null|15|1927162300|0");
    }

    @Test
    void theWholeGraphInOneRowCountsMaskedFlowsApart() {
        JsonNode summary = summary(null, List.of());
        assertThat(summary.path("scope").isNull()).isTrue();
        assertThat(summary.path("rows").size()).isEqualTo(1);
        JsonNode row = summary.path("rows").get(0);
        // 31 flows in the five bundles (1 + 4 + 8 + 18 + 0). Known: 商会贷 20亿 (000) + 430.70亿 (001) + 2052996210 (003);
        // masked: 10x亿元 (001) and the eight XX amounts of 002.
        assertThat(row.path("flowCount").asInt()).isEqualTo(31);
        assertThat(row.path("yuan").asString()).isEqualTo("47122996210");
        assertThat(row.path("maskedCount").asInt()).isEqualTo(9);
        assertThat(row.path("complete").asBoolean()).isFalse();
        assertThat(summary.path("totals").path("yuan").asString()).isEqualTo("47122996210");
    }

    @Test
    void report001RollsTheCountiesUpIntoTheCityAndProvince() {
        JsonNode summary = summary("Region:001-province", List.of("REGION"));
        List<String> rows = lines(summary, r -> r.path("region").path("name").asString() + "|"
                + r.path("regionLevel").asString() + "|" + r.path("regionDepth").asInt());
        // 308.42亿 + 33.44亿 + 88.84亿 went to the counties; the masked 10x亿元 to the city counts in its row and
        // the province's, apart.
        assertThat(rows).containsExactly("省|PROVINCE|0|4|43070000000|1", "xx市|CITY|1|4|43070000000|1",
                "县(市、区)|COUNTY|2|3|43070000000|0");
    }

    @Test
    void theBondFundByFlowType() {
        JsonNode summary = summary("Fund:001-fund-bond", List.of("FLOW_TYPE"));
        assertThat(lines(summary, r -> r.path("flowType").asString())).containsExactly("ALLOCATED|2|8884000000|1");
        assertThat(summary.path("rows").get(0).path("complete").asBoolean()).isFalse();
    }

    @Test
    void campaignsOfTheProjectsThatReceivedMoney() {
        JsonNode summary = summary(null, List.of("CAMPAIGN"));
        assertThat(lines(summary, r -> text(r.path("campaign").path("name")))).containsExactly(
                "和美乡村建设及人居环境整治|1|null|1", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接|1|17850000|0",
                "null|29|47105146210|8");
    }

    @Test
    void sourceTypeAndFlowTypeTogether() {
        JsonNode summary = summary("Region:003-tongjiang", List.of("SOURCE_TYPE", "FLOW_TYPE"));
        assertThat(lines(summary, r -> text(r.path("sourceType")) + "|" + r.path("flowType").asString()))
                .contains("LOAN|LOAN|3|743103410|0", "SUBSIDY|TRANSFERRED|1|335700|0", "null|SPENT|1|17850000|0",
                        "null|DISBURSED|1|61510000|0");
    }
}
