package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.support.Counted;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** reconciliation on the reports' own figures, with totals worked out by hand from the seed bundles. */
class ReconciliationSeedTest extends FundingSeedTests {

    /** RECONCILIATION without what shows flows themselves: the sides' and flags' flows, flags' nodes, sources. */
    static final String RECONCILIATION_WITHOUT_FLOWS = """
            query($scope: ID!, $year: Int) {
              reconciliation(scope: $scope, year: $year) {
                scope %1$s year totals %2$s intended %2$s
                rows { node %1$s statedAmount %3$s inflow %4$s outflow %4$s inYuan outYuan retained }
                flags { code message figures { name yuan count quantity %3$s } }
              }
            }""".formatted(NODE, TOTALS, QUANTITY, SIDE.replace(" flows { id amount { text yuan masked } }", ""));

    /**
     * Only the rows, their nodes by ID: the nodes are read in part, and the flags are neither worked out nor read
     * for.
     */
    static final String RECONCILIATION_ROWS = """
            query($scope: ID!, $year: Int) {
              reconciliation(scope: $scope, year: $year) {
                scope { id } year totals %1$s intended %1$s
                rows { node { id } statedAmount %2$s inflow %3$s outflow %3$s inYuan outYuan retained }
              }
            }""".formatted(TOTALS, QUANTITY, SIDE.replace(" flows { id amount { text yuan masked } }", ""));

    /** The balances alone: no sides, flags or totals, so each side is counted in the database. */
    static final String RECONCILIATION_BALANCES = """
            query($scope: ID!, $year: Int) {
              reconciliation(scope: $scope, year: $year) {
                scope { id } year
                rows { node { id } statedAmount %s inYuan outYuan retained }
              }
            }""".formatted(QUANTITY);

    @Autowired
    Driver driver;

    @Autowired
    GraphReader reader;

    static JsonNode row(JsonNode reconciliation, String nodeId) {
        for (JsonNode row : reconciliation.path("rows")) {
            if (row.path("node").path("id").asString().equals(nodeId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + nodeId);
    }

    static List<JsonNode> flags(JsonNode reconciliation, String code) {
        List<JsonNode> flags = new ArrayList<>();
        reconciliation.path("flags").forEach(f -> {
            if (f.path("code").asString().equals(code)) {
                flags.add(f);
            }
        });
        return flags;
    }

    static JsonNode figure(JsonNode flag, String name) {
        for (JsonNode figure : flag.path("figures")) {
            if (figure.path("name").asString().equals(name)) {
                return figure;
            }
        }
        throw new AssertionError("no figure " + name + " in " + flag);
    }

    /** Each fund's entry flows by {@link FlowFacts#ENTRY_FLOWS}, in ID order; every fund when {@code $fund} is null. */
    static final String ENTRY_FLOWS_BY_FUND = "MATCH (n:Fund) WHERE $fund IS NULL OR n.id = $fund CALL (n) {\n"
            + FlowFacts.ENTRY_FLOWS + "RETURN f }\nWITH n, f ORDER BY f.id RETURN n.id AS fund, collect(f.id) AS flows";

    /**
     * The entry flows, asked once per giver, are those the definition picks flow by flow, for every fund of the
     * seed, among them flows whose giver received other funds but not theirs (the city's 补助资金).
     */
    @Test
    void entryFlowsAskedPerGiverAreTheDefinitionsFlowByFlow() {
        try (var session = driver.session()) {
            Map<String, Object> byGiver = new HashMap<>();
            session.run(ENTRY_FLOWS_BY_FUND, java.util.Collections.singletonMap("fund", null))
                    .forEachRemaining(r -> byGiver.put(r.get("fund").asString(), r.get("flows").asList()));
            Map<String, Object> byFlow = new HashMap<>();
            session.run("""
                    MATCH (n:Fund)<-[:OF_FUND]-(f:FundFlow)
                    WHERE NOT EXISTS { (f)-[:FROM]->(:Entity)<-[:TO]-(g:FundFlow)-[:OF_FUND]->(n) WHERE g <> f }
                    WITH n, f ORDER BY f.id RETURN n.id AS fund, collect(f.id) AS flows""")
                    .forEachRemaining(r -> byFlow.put(r.get("fund").asString(), r.get("flows").asList()));
            assertThat(byGiver).isEqualTo(byFlow).hasSizeGreaterThan(3);
            long fedElsewhere = session.run("""
                    MATCH (n:Fund)<-[:OF_FUND]-(f:FundFlow)-[:FROM]->(giver:Entity)<-[:TO]-(:FundFlow)
                    WHERE f.id IN $entries
                    RETURN count(DISTINCT f) AS flows""", Map.of("entries", byFlow.values().stream()
                            .flatMap(flows -> ((List<?>) flows).stream()).toList())).single().get("flows").asLong();
            assertThat(fedElsewhere).as("entry flows whose giver received other funds").isPositive();
        }
    }

    /**
     * A flow that gives to its own giver is the one way "another flow of the fund reached the giver" can meet the
     * flow itself: it does not count for itself, but it does for the giver's other flows. Written and rolled back.
     */
    @Test
    void aFlowToItsOwnGiverIsAnEntryButMakesTheGiversOtherFlowsNone() {
        try (var session = driver.session(); var tx = session.beginTransaction()) {
            tx.run("""
                    CREATE (n:Entity:Fund {id: 'Fund:test-loop', type: 'Fund'}),
                           (x:Entity:Region {id: 'Region:test-x', type: 'Region'}),
                           (y:Entity:Region {id: 'Region:test-y', type: 'Region'}),
                           (x)<-[:FROM]-(:Entity:FundFlow {id: 'FundFlow:test-loop', type: 'FundFlow'})-[:TO]->(x),
                           (x)<-[:FROM]-(:Entity:FundFlow {id: 'FundFlow:test-on', type: 'FundFlow'})-[:TO]->(y),
                           (:Entity:FundFlow {id: 'FundFlow:test-nobody', type: 'FundFlow'})-[:TO]->(y)
                    WITH n MATCH (f:FundFlow) WHERE f.id STARTS WITH 'FundFlow:test-' CREATE (f)-[:OF_FUND]->(n)""")
                    .consume();
            List<Object> entries = tx.run(ENTRY_FLOWS_BY_FUND, Map.of("fund", "Fund:test-loop")).single().get("flows")
                    .asList();
            assertThat(entries).containsExactly("FundFlow:test-loop", "FundFlow:test-nobody");
            tx.rollback();
        }
    }

    @Test
    void aReconciliationThatShowsNoFlowsAddsUpTheSameForEveryScopeAndYear() {
        // Without flows or sources selected, the flows are read only for what the sums need; without flags or
        // more of the rows' nodes than their IDs, the nodes are read in part; with the balances alone, the
        // database counts each side.
        assertThat(RECONCILIATION).contains("flows { id").contains("sources {");
        assertThat(RECONCILIATION_WITHOUT_FLOWS).doesNotContain("flows").doesNotContain("sources");
        List<String> scopes;
        Integer year;
        try (var session = driver.session()) {
            scopes = session.run("""
                    MATCH (n:Entity) WHERE n:Region OR n:Fund OR n:Organization
                    RETURN n.id AS id ORDER BY id""").list(r -> r.get("id").asString());
            year = session.run("""
                    MATCH (f:FundFlow) WHERE f.periodYear IS NOT NULL
                    RETURN f.periodYear AS year, count(*) AS flows ORDER BY flows DESC, year LIMIT 1""")
                    .single().get("year").asInt();
        }
        int withRows = 0;
        int withFlags = 0;
        for (String scope : scopes) {
            for (Integer asked : java.util.Arrays.asList(null, year)) {
                JsonNode whole = graphql.data(RECONCILIATION, variables("scope", scope, "year", asked))
                        .path("reconciliation");
                JsonNode lean = graphql.data(RECONCILIATION_WITHOUT_FLOWS, variables("scope", scope, "year", asked))
                        .path("reconciliation");
                JsonNode expected = whole.deepCopy();
                expected.path("rows").forEach(row -> {
                    ((ObjectNode) row.path("inflow")).remove("flows");
                    ((ObjectNode) row.path("outflow")).remove("flows");
                });
                expected.path("flags").forEach(flag -> ((ObjectNode) flag).remove(List.of("node", "flows", "sources")));
                assertThat(lean).as("%s in %s", scope, asked).isEqualTo(expected);
                JsonNode rowsOnly = graphql.data(RECONCILIATION_ROWS, variables("scope", scope, "year", asked))
                        .path("reconciliation");
                ((ObjectNode) expected).remove("flags");
                ((ObjectNode) expected.path("scope")).retain("id");
                expected.path("rows").forEach(row -> ((ObjectNode) row.path("node")).retain("id"));
                assertThat(rowsOnly).as("rows of %s in %s", scope, asked).isEqualTo(expected);
                JsonNode balances = graphql.data(RECONCILIATION_BALANCES, variables("scope", scope, "year", asked))
                        .path("reconciliation");
                ((ObjectNode) expected).remove(List.of("totals", "intended"));
                expected.path("rows").forEach(row -> ((ObjectNode) row).remove(List.of("inflow", "outflow")));
                assertThat(balances).as("balances of %s in %s", scope, asked).isEqualTo(expected);
                withRows += whole.path("rows").isEmpty() ? 0 : 1;
                withFlags += whole.path("flags").isEmpty() ? 0 : 1;
            }
        }
        assertThat(scopes).hasSizeGreaterThan(100);
        assertThat(withRows).as("scopes and years with rows").isGreaterThan(40);
        assertThat(withFlags).as("scopes and years with flags").isGreaterThan(10);
    }

    /**
     * The sides' flows asked with more than their IDs but without sources or flags: each flow is read whole, as the
     * full answer reads it, although nothing else in the request asks for whole flows.
     */
    @Test
    void theSidesFlowsWithoutSourcesOrFlagsAreReadWhole() {
        String side = "{ flowCount flows { id name flowType amount { text yuan masked } } }";
        String flowsOnly = """
                query($scope: ID!) {
                  reconciliation(scope: $scope) { rows { node { id } inflow %1$s outflow %1$s } }
                }""".formatted(side);
        String whole = """
                query($scope: ID!) {
                  reconciliation(scope: $scope) {
                    rows { node { id } inflow %1$s outflow %1$s } flags { code flows { id } %2$s }
                  }
                }""".formatted(side, SOURCES);
        List<String> scopes;
        try (var session = driver.session()) {
            scopes = session.run("""
                    MATCH (n:Entity) WHERE (n:Region OR n:Fund OR n:Organization)
                      AND EXISTS { (n)<-[:TO|FROM|OF_FUND]-(:FundFlow) }
                    RETURN n.id AS id ORDER BY id""").list(r -> r.get("id").asString());
        }
        int named = 0;
        for (String scope : scopes) {
            JsonNode expected = graphql.data(whole, variables("scope", scope)).path("reconciliation");
            ((ObjectNode) expected).remove("flags");
            JsonNode answer = graphql.data(flowsOnly, variables("scope", scope)).path("reconciliation");
            assertThat(answer).as(scope).isEqualTo(expected);
            for (JsonNode row : answer.path("rows")) {
                for (JsonNode flow : row.path("inflow").path("flows")) {
                    named += flow.path("name").isString() ? 1 : 0;
                }
            }
        }
        assertThat(scopes).hasSizeGreaterThan(20);
        assertThat(named).as("inflows shown with their names").isGreaterThan(30);
    }

    /**
     * The balances alone with whole nodes and their sources: the nodes are read as the full read reads them, which
     * a request that also shows a side takes.
     */
    @Test
    void theBalancesAloneShowWholeNodesWithTheirSources() {
        String nodes = "{ id ... on Region { name level } ... on Fund { name " + SOURCES + " } ... on Project { name } }";
        String balances = """
                query($scope: ID!) {
                  reconciliation(scope: $scope) { scope %1$s rows { node %1$s statedAmount %2$s inYuan outYuan retained } }
                }""".formatted(nodes, QUANTITY);
        String full = balances.replace("retained }", "retained inflow { flowCount } }");
        int withSources = 0;
        for (String scope : List.of("Region:003-tongjiang", "Fund:001-fund-subsidy", "Region:001-city")) {
            Counted lean = Counted.of(reader, () -> graphql.data(balances, variables("scope", scope)));
            Counted whole = Counted.of(reader, () -> graphql.data(full, variables("scope", scope)));
            JsonNode expected = whole.data().path("reconciliation").deepCopy();
            expected.path("rows").forEach(row -> ((ObjectNode) row).remove("inflow"));
            assertThat(lean.data().path("reconciliation")).as(scope).isEqualTo(expected);
            // The sentences come in the statement, as in the full read, not through the loader afterwards.
            assertThat(lean.roundTrips()).as("round trips of %s", scope).isEqualTo(1).isEqualTo(whole.roundTrips());
            for (JsonNode row : lean.data().path("reconciliation").path("rows")) {
                withSources += row.path("node").path("sources").isEmpty() ? 0 : 1;
            }
        }
        assertThat(withSources).as("rows whose fund shows its sentences").isPositive();
    }

    @Test
    void tongjiangAddsUpFlowByFlow() {
        JsonNode reconciliation = reconciliation("Region:003-tongjiang", null);
        assertThat(reconciliation.path("scope").path("name").asString()).isEqualTo("通江县");
        // The 18 flows of report 003, added by hand from seed/graph/003.json:
        // DISBURSED 6225.39万 + 2003.3万 + 313.67万 + 1317.05万 + 193.24万 + 15.6万 + 2238万 + 3.47亿 + 466.06万
        //           + 47.4万 + 6151万 + 7.32亿 = 1268707100
        // LOAN 5115.341万 + 2195万 + 6.7亿 = 743103410; SPENT 1785万 = 17850000; TRANSFERRED 33.57万 = 335700;
        // ALLOCATED 0.23亿 = 23000000. Together 2052996210 yuan.
        JsonNode totals = reconciliation.path("totals");
        assertThat(totals.path("flowCount").asInt()).isEqualTo(18);
        assertThat(totals.path("yuan").asString()).isEqualTo("2052996210");
        assertThat(totals.path("maskedCount").asInt()).isZero();
        assertThat(totals.path("complete").asBoolean()).isTrue();
        assertThat(totals.path("byFlowType").toString())
                .contains("{\"flowType\":\"ALLOCATED\",\"flowCount\":1,\"yuan\":\"23000000\"")
                .contains("{\"flowType\":\"TRANSFERRED\",\"flowCount\":1,\"yuan\":\"335700\"")
                .contains("{\"flowType\":\"DISBURSED\",\"flowCount\":12,\"yuan\":\"1268707100\"")
                .contains("{\"flowType\":\"SPENT\",\"flowCount\":1,\"yuan\":\"17850000\"")
                .contains("{\"flowType\":\"LOAN\",\"flowCount\":3,\"yuan\":\"743103410\"");
        assertThat(reconciliation.path("intended").path("flowCount").asInt()).isZero();

        // The 低保 fund gave out exactly what it states: 6225.39万元 in, 6225.39万元 out, nothing left.
        JsonNode dibao = row(reconciliation, "Fund:003-fund-dibao");
        assertThat(dibao.path("statedAmount").path("text").asString()).isEqualTo("6225.39万元");
        assertThat(dibao.path("inYuan").asString()).isEqualTo("62253900");
        assertThat(dibao.path("outflow").path("disbursed").asString()).isEqualTo("62253900");
        assertThat(dibao.path("outYuan").asString()).isEqualTo("62253900");
        assertThat(dibao.path("retained").asString()).isEqualTo("0");
        JsonNode group = row(reconciliation, "BeneficiaryGroup:003-bg-dibao");
        assertThat(group.path("inflow").path("yuan").asString()).isEqualTo("62253900");
        assertThat(group.path("inflow").path("flows").get(0).path("id").asString()).isEqualTo("FundFlow:003-flow-dibao");
        assertThat(row(reconciliation, "BeneficiaryGroup:003-bg-gongyang").path("inflow").path("yuan").asString())
                .isEqualTo("20033000");
        assertThat(row(reconciliation, "BeneficiaryGroup:003-bg-linshi").path("inflow").path("yuan").asString())
                .isEqualTo("3136700");
        // 搬迁群众 live in the relocation sites, a zone within the county: still in scope.
        assertThat(row(reconciliation, "BeneficiaryGroup:003-bg-relocated").path("inflow").path("yuan").asString())
                .isEqualTo("22380000");
        assertThat(flags(reconciliation, "OVER_ALLOCATION")).isEmpty();
        assertThat(flags(reconciliation, "MASKED_AMOUNT")).isEmpty();
    }

    @Test
    void projectsWithoutMoneyAreFlaggedButTheWaterWorksAreNot() {
        JsonNode reconciliation = reconciliation("Region:003-tongjiang", null);
        List<JsonNode> unfunded = flags(reconciliation, "UNFUNDED_PROJECT");
        assertThat(unfunded).extracting(f -> f.path("node").path("id").asString())
                .hasSize(10).contains("Project:003-proj-g69", "Project:003-proj-pingba")
                .doesNotContain("Project:003-proj-water");
        JsonNode g69 = unfunded.stream().filter(f -> f.path("node").path("id").asString().equals("Project:003-proj-g69"))
                .findFirst().orElseThrow();
        assertThat(figure(g69, "inflows").path("count").asInt()).isZero();
        assertQuoted(g69, "Document:003", "G69银百高速、京昆高铁穿境而过");
        JsonNode water = row(reconciliation, "Project:003-proj-water");
        assertThat(water.path("inflow").path("spent").asString()).isEqualTo("17850000");
    }

    @Test
    void aYearKeepsOnlyTheFlowsOfThatYear() {
        // Of the 18 flows only three give 2024: 教育资助 1317.05万 + 助学贷款 5115.341万 + 以工代赈报酬 6151万.
        JsonNode reconciliation = reconciliation("Region:003-tongjiang", 2024);
        assertThat(reconciliation.path("year").asInt()).isEqualTo(2024);
        assertThat(reconciliation.path("totals").path("flowCount").asInt()).isEqualTo(3);
        assertThat(reconciliation.path("totals").path("yuan").asString()).isEqualTo("125833910");
        List<String> rows = new ArrayList<>();
        reconciliation.path("rows").forEach(r -> rows.add(r.path("node").path("id").asString()));
        assertThat(rows).containsExactly("Fund:003-fund-edu-aid", "Fund:003-fund-student-loan",
                "BeneficiaryGroup:003-bg-edu-aid", "BeneficiaryGroup:003-bg-students-loan",
                "BeneficiaryGroup:003-bg-ygdz-workers");
        assertThat(row(reconciliation, "Fund:003-fund-student-loan").path("retained").asString()).isEqualTo("0");
    }

    @Test
    void maskedMaintenanceSpendingIsFlaggedAndNeverAddedAsZero() {
        JsonNode reconciliation = reconciliation("Region:002-p13-town", null);
        List<JsonNode> masked = flags(reconciliation, "MASKED_AMOUNT");
        assertThat(masked).extracting(f -> f.path("node").path("id").asString()).containsExactly(
                "FundFlow:002-p13-gh-all", "FundFlow:002-p13-gh-infra", "FundFlow:002-p13-gh-sewage",
                "FundFlow:002-p13-gh-water", "FundFlow:002-p13-meili-spent");
        assertThat(masked).extracting(f -> figure(f, "amount").path("quantity").path("text").asString())
                .containsExactly("XX元", "XX元", "XX元", "XX元", "XX万余元");
        assertThat(masked).allMatch(f -> figure(f, "amount").path("yuan").isNull());
        assertQuoted(masked.get(0), "Document:002", "截至第三季度我镇共支出农村基础设施管护费XX元");
        assertQuoted(masked.get(4), "Document:002", "共投入资金XX万余元");
        assertThat(reconciliation.path("totals").path("flowCount").asInt()).isEqualTo(5);
        assertThat(reconciliation.path("totals").path("maskedCount").asInt()).isEqualTo(5);
        assertThat(reconciliation.path("totals").path("yuan").isNull()).isTrue();
        assertThat(reconciliation.path("totals").path("complete").asBoolean()).isFalse();

        JsonNode fund = row(reconciliation, "Fund:002-p13-guanhufei");
        assertThat(fund.path("statedAmount").path("text").asString()).isEqualTo("XX元");
        assertThat(fund.path("statedAmount").path("masked").asBoolean()).isTrue();
        assertThat(fund.path("outflow").path("maskedCount").asInt()).isEqualTo(4);
        assertThat(fund.path("outflow").path("yuan").isNull()).isTrue();
        assertThat(fund.path("inYuan").isNull()).isTrue();
        assertThat(fund.path("outYuan").isNull()).isTrue();
        assertThat(fund.path("retained").isNull()).isTrue();

        List<JsonNode> unfunded = flags(reconciliation, "UNFUNDED_PROJECT");
        assertThat(unfunded).extracting(f -> f.path("node").path("name").asString()).containsExactly("农村无害卫生户厕改造");
        assertQuoted(unfunded.getFirst(), "Document:002", "积极推进农村无害卫生户厕改造工作");
    }

    @Test
    void aFundThatStatesAnAmountButHasNoFlowsIsFlagged() {
        JsonNode reconciliation = reconciliation("Fund:002-p05-central", null);
        List<JsonNode> unused = flags(reconciliation, "NO_DOWNSTREAM_USE");
        assertThat(unused).hasSize(1);
        JsonNode stated = figure(unused.getFirst(), "statedAmount").path("quantity");
        assertThat(stated.path("text").asString()).isEqualTo("XX万元");
        assertThat(stated.path("masked").asBoolean()).isTrue();
        assertThat(unused.getFirst().path("flows").size()).isZero();
        assertQuoted(unused.getFirst(), "Document:002", "共争取中央预算内、国家专项等资金XX万元");
    }

    @Test
    void theCountiesReceived43070BillionWithNoRecordedUse() {
        JsonNode reconciliation = reconciliation("Region:001-city", null);
        List<JsonNode> unused = flags(reconciliation, "NO_DOWNSTREAM_USE");
        assertThat(unused).extracting(f -> f.path("node").path("id").asString()).containsExactly("Region:001-counties");
        // 308.42亿 + 33.44亿 + 88.84亿, all three from the city.
        assertThat(figure(unused.getFirst(), "received").path("yuan").asString()).isEqualTo("43070000000");
        assertThat(figure(unused.getFirst(), "receivedFlows").path("count").asInt()).isEqualTo(3);
        assertQuoted(unused.getFirst(), "Document:001", "308.42亿元");

        // The city's own in is masked (10x亿元 from the province), so its balance cannot be computed, and no
        // over-allocation is claimed against an unknown figure.
        JsonNode city = row(reconciliation, "Region:001-city");
        assertThat(city.path("inflow").path("maskedCount").asInt()).isEqualTo(1);
        assertThat(city.path("inYuan").isNull()).isTrue();
        assertThat(city.path("outYuan").asString()).isEqualTo("43070000000");
        assertThat(city.path("outflow").path("allocated").asString()).isEqualTo("39726000000");
        assertThat(city.path("outflow").path("transferred").asString()).isEqualTo("3344000000");
        assertThat(city.path("retained").isNull()).isTrue();
        assertThat(flags(reconciliation, "OVER_ALLOCATION")).isEmpty();
        assertThat(flags(reconciliation, "MASKED_AMOUNT")).extracting(f -> f.path("node").path("id").asString())
                .containsExactly("FundFlow:001-flow-bond-prov");
    }

    @Test
    void aFundHandedDownByTheCityLeavesTheFundAtThatStepAndIsNotReadAsRetained() {
        JsonNode reconciliation = reconciliation("Region:001-city", null);
        // The city hands the 308.42亿元 of 补助资金 down without the report saying how it got them: that flow is
        // where the money left the fund, so the fund keeps nothing back.
        JsonNode subsidy = row(reconciliation, "Fund:001-fund-subsidy");
        assertThat(subsidy.path("inYuan").asString()).isEqualTo("30842000000");
        assertThat(subsidy.path("outYuan").asString()).isEqualTo("30842000000");
        assertThat(subsidy.path("retained").asString()).isEqualTo("0");
        // The bonds left their fund at the province, masked (10x亿元): out is unknown, not zero.
        JsonNode bonds = row(reconciliation, "Fund:001-fund-bond");
        assertThat(bonds.path("outflow").path("maskedCount").asInt()).isEqualTo(1);
        assertThat(bonds.path("outYuan").isNull()).isTrue();
        assertThat(bonds.path("retained").isNull()).isTrue();
    }
}
