package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.moneygraph.funding.GeneratedMoneyGraph.GenFlow;
import org.moneygraph.funding.GeneratedMoneyGraph.GenLink;
import org.moneygraph.graph.GraphReader;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** reconciliation and fundSummary on the generated graph, checked against sums computed here. */
class ReconciliationAndSummaryGeneratedGraphTest extends GeneratedMoneyGraphTests {

    private static final String RECONCILIATION = """
            query($scope: ID!) {
              reconciliation(scope: $scope) {
                totals { flowCount yuan maskedCount complete }
                rows { node { id } inYuan outYuan retained inflow { yuan flowCount } outflow { yuan flowCount maskedCount } }
                flags { code node { id } message figures { name yuan count } flows { id } }
              }
            }""";
    private static final String SUMMARY = """
            query($scope: ID, $groupBy: [SummaryDimension!]) {
              fundSummary(scope: $scope, groupBy: $groupBy) {
                totals { flowCount yuan maskedCount }
                rows { region { id } regionLevel regionDepth campaign { id } flowType flowCount yuan maskedCount }
              }
            }""";

    @Autowired
    GraphReader reader;

    private JsonNode reconciliation(String scope) {
        return graphql.data(RECONCILIATION, Map.of("scope", scope)).path("reconciliation");
    }

    private JsonNode summary(String scope, List<String> groupBy) {
        Map<String, Object> variables = new HashMap<>(Map.of("groupBy", groupBy));
        if (scope != null) {
            variables.put("scope", scope);
        }
        return graphql.data(SUMMARY, variables).path("fundSummary");
    }

    /** Exact sums per key, computed from the generated flows. */
    private record Expected(int flowCount, BigDecimal yuan, int masked) {

        Expected plus(GenFlow flow) {
            return new Expected(flowCount + 1, flow.masked() ? yuan : yuan.add(flow.yuan()), masked + (flow.masked() ? 1 : 0));
        }

        String yuanText() {
            return FlowFacts.plain(yuan);
        }
    }

    private static final Expected NONE = new Expected(0, BigDecimal.ZERO, 0);

    private static BigDecimal sum(List<GenFlow> flows) {
        return flows.stream().map(GenFlow::yuan).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<JsonNode> flags(JsonNode reconciliation, String code) {
        List<JsonNode> flags = new ArrayList<>();
        reconciliation.path("flags").forEach(f -> {
            if (f.path("code").asString().equals(code)) {
                flags.add(f);
            }
        });
        return flags;
    }

    private static String figure(JsonNode flag, String name) {
        for (JsonNode figure : flag.path("figures")) {
            if (figure.path("name").asString().equals(name)) {
                return figure.path("yuan").asString();
            }
        }
        throw new AssertionError("no figure " + name);
    }

    @Test
    void theCityThatGaveOutMoreThanItReceivedIsFlagged() {
        List<GenFlow> main = GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND);
        BigDecimal received = sum(main.stream().filter(f -> f.to().equals("Region:gen-c0")).toList());
        BigDecimal gaveOut = sum(main.stream().filter(f -> f.from().equals("Region:gen-c0")).toList());
        assertThat(gaveOut.subtract(received)).isEqualByComparingTo(GeneratedMoneyGraph.EXCESS);

        long before = reader.roundTrips();
        JsonNode reconciliation = reconciliation("Region:gen-c0");
        assertThat(reader.roundTrips() - before).isEqualTo(1);
        List<JsonNode> over = flags(reconciliation, "OVER_ALLOCATION");
        assertThat(over).hasSize(1);
        assertThat(over.getFirst().path("node").path("id").asString()).isEqualTo("Region:gen-c0");
        assertThat(figure(over.getFirst(), "in")).isEqualTo(FlowFacts.plain(received));
        assertThat(figure(over.getFirst(), "knownOut")).isEqualTo(FlowFacts.plain(gaveOut));
        assertThat(figure(over.getFirst(), "excess")).isEqualTo("123456.78");
        assertThat(over.getFirst().path("flows").size()).isEqualTo(1 + GeneratedMoneyGraph.COUNTIES_PER_CITY);
        JsonNode cityRow = null;
        for (JsonNode row : reconciliation.path("rows")) {
            if (row.path("node").path("id").asString().equals("Region:gen-c0")) {
                cityRow = row;
            }
        }
        assertThat(cityRow).isNotNull();
        assertThat(cityRow.path("retained").asString()).isEqualTo("-123456.78");
        assertThat(reconciliation.path("flags").size()).as("no other flag under city 0").isEqualTo(1);
    }

    /**
     * A request for the balances alone is counted by the database; its rows must be the rows of the full read,
     * masked flows, the over-allocating city and the fund's entry flows included.
     */
    @Test
    void theBalancesAloneAreTheFullReadsBalances() {
        String balancesOnly = """
                query($scope: ID!) {
                  reconciliation(scope: $scope) { rows { node { id } inYuan outYuan retained } }
                }""";
        List<String> scopes = new ArrayList<>(List.of(GeneratedMoneyGraph.PROVINCE, GeneratedMoneyGraph.MAIN_FUND));
        for (int c = 0; c < GeneratedMoneyGraph.CITIES; c++) {
            scopes.add("Region:gen-c" + c);
            scopes.add("Region:gen-k" + c + "-0");
        }
        int nullBalances = 0;
        for (String scope : scopes) {
            List<String> full = new ArrayList<>();
            reconciliation(scope).path("rows").forEach(row -> full.add(balance(row)));
            long before = reader.roundTrips();
            JsonNode lean = graphql.data(balancesOnly, Map.of("scope", scope)).path("reconciliation");
            assertThat(reader.roundTrips() - before).isEqualTo(1);
            List<String> balances = new ArrayList<>();
            lean.path("rows").forEach(row -> balances.add(balance(row)));
            assertThat(balances).as(scope).isEqualTo(full);
            nullBalances += (int) full.stream().filter(b -> b.contains("null")).count();
        }
        assertThat(nullBalances).as("rows whose masked flows leave a balance unknown").isPositive();
        assertThat(scopes).hasSizeGreaterThan(5);
    }

    /**
     * A fund's entry flows, asked once per giver, are the flows of the fund whose giver received none of its
     * other flows, worked out here from the generated flows for every fund: the cycle fund enters once, from
     * outside the cycle, whose members all received it.
     */
    @Test
    void entryFlowsAreTheFundsFlowsWhoseGiverNeverReceivedIt() {
        Map<String, List<String>> expected = new java.util.TreeMap<>();
        for (GenFlow flow : GRAPH.flows) {
            if (entry(flow)) {
                expected.computeIfAbsent(flow.fund(), fund -> new ArrayList<>()).add(flow.id());
            }
        }
        expected.values().forEach(java.util.Collections::sort);
        Map<String, List<String>> found = new java.util.TreeMap<>();
        try (var session = driver.session()) {
            session.run(ReconciliationSeedTest.ENTRY_FLOWS_BY_FUND, java.util.Collections.singletonMap("fund", null))
                    .forEachRemaining(r -> found.put(r.get("fund").asString(),
                            r.get("flows").asList(v -> v.asString())));
        }
        assertThat(found).isEqualTo(expected);
        assertThat(found.get(GeneratedMoneyGraph.MAIN_FUND)).hasSize(GeneratedMoneyGraph.CITIES);
        assertThat(found.get(GeneratedMoneyGraph.CYCLE_FUND)).containsExactly("FundFlow:gen-cyc-xa");
    }

    /** The generated flows by fund and receiver, to find what reached a giver without a scan per flow. */
    private static final Map<String, List<GenFlow>> RECEIVED = GRAPH.flows.stream()
            .collect(java.util.stream.Collectors.groupingBy(flow -> flow.fund() + " " + flow.to()));

    /** Whether no other flow of its fund gives to its giver. */
    private static boolean entry(GenFlow flow) {
        return flow.from() == null || RECEIVED.getOrDefault(flow.fund() + " " + flow.from(), List.of()).stream()
                .allMatch(other -> other == flow);
    }

    /**
     * Under a fund, each row's sides are that fund's flows into and out of its node, and the fund's own row gives
     * out its entry flows: worked out here from the generated flows, for every generated fund.
     */
    @Test
    void underEachFundEveryRowsSidesAreThatFundsFlowsInAndOut() {
        for (String fund : List.of(GeneratedMoneyGraph.MAIN_FUND, GeneratedMoneyGraph.CYCLE_FUND,
                GeneratedMoneyGraph.TWO_PATH_FUND, GeneratedMoneyGraph.MESH_FUND)) {
            Map<String, List<GenFlow>> in = new HashMap<>();
            Map<String, List<GenFlow>> out = new HashMap<>();
            out.put(fund, new ArrayList<>());
            for (GenFlow flow : GRAPH.flowsOf(fund)) {
                in.computeIfAbsent(flow.to(), node -> new ArrayList<>()).add(flow);
                out.computeIfAbsent(flow.from(), node -> new ArrayList<>()).add(flow);
                if (entry(flow)) {
                    out.get(fund).add(flow);
                }
            }
            Map<String, String> expected = new java.util.TreeMap<>();
            for (String node : new java.util.TreeSet<>(java.util.stream.Stream.concat(in.keySet().stream(),
                    out.keySet().stream()).toList())) {
                expected.put(node, sides(in.getOrDefault(node, List.of()), out.getOrDefault(node, List.of())));
            }
            Map<String, String> found = new java.util.TreeMap<>();
            reconciliation(fund).path("rows").forEach(row -> found.put(row.path("node").path("id").asString(),
                    row.path("inflow").path("flowCount").asInt() + " " + text(row.path("inflow").path("yuan")) + " / "
                            + row.path("outflow").path("flowCount").asInt() + " "
                            + text(row.path("outflow").path("yuan"))));
            assertThat(found).as(fund).isEqualTo(expected);
        }
    }

    private static String sides(List<GenFlow> in, List<GenFlow> out) {
        return in.size() + " " + known(in) + " / " + out.size() + " " + known(out);
    }

    private static String known(List<GenFlow> flows) {
        return flows.stream().allMatch(GenFlow::masked) ? "null" : FlowFacts.plain(sum(flows));
    }

    /** A side lists its flows in ID order, under a region and a fund alike, whatever order they were read in. */
    @Test
    void eachSideListsItsFlowsInIdOrder() {
        String flows = """
                query($scope: ID!) {
                  reconciliation(scope: $scope) {
                    rows { node { id } inflow { flows { id } } outflow { flows { id } } } } }""";
        int listed = 0;
        for (String scope : List.of(GeneratedMoneyGraph.MAIN_FUND, "Region:gen-c1")) {
            for (JsonNode row : graphql.data(flows, Map.of("scope", scope)).path("reconciliation").path("rows")) {
                for (String side : List.of("inflow", "outflow")) {
                    List<String> ids = new ArrayList<>();
                    row.path(side).path("flows").forEach(flow -> ids.add(flow.path("id").asString()));
                    assertThat(ids).as(scope + " " + row.path("node").path("id").asString() + " " + side).isSorted();
                    listed += ids.size() > 1 ? 1 : 0;
                }
            }
        }
        assertThat(listed).as("sides with more than one flow").isGreaterThan(30);
    }

    private static String balance(JsonNode row) {
        return row.path("node").path("id").asString() + " in " + text(row.path("inYuan")) + " out "
                + text(row.path("outYuan")) + " retained " + text(row.path("retained"));
    }

    private static String text(JsonNode value) {
        return value.isNull() ? "null" : value.asString();
    }

    @Test
    void theMainFundReconcilesWithItsMaskedFlowsApart() {
        List<GenFlow> main = GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND);
        JsonNode reconciliation = reconciliation(GeneratedMoneyGraph.MAIN_FUND);
        assertThat(reconciliation.path("totals").path("flowCount").asInt()).isEqualTo(main.size());
        assertThat(reconciliation.path("totals").path("yuan").asString()).isEqualTo(FlowFacts.plain(sum(main)));
        assertThat(reconciliation.path("totals").path("maskedCount").asInt()).isEqualTo(4);
        assertThat(flags(reconciliation, "OVER_ALLOCATION")).extracting(f -> f.path("node").path("id").asString())
                .containsExactly("Region:gen-c0");
        assertThat(flags(reconciliation, "MASKED_AMOUNT")).extracting(f -> f.path("node").path("id").asString())
                .containsExactlyInAnyOrderElementsOf(main.stream().filter(GenFlow::masked).map(GenFlow::id).toList());
    }

    @Test
    void regionRowsRollCountiesUpIntoCitiesAndTheProvince() {
        Map<String, String> parent = new HashMap<>();
        for (GenLink link : GRAPH.links) {
            if (link.type().equals("WITHIN")) {
                parent.put(link.from(), link.to());
            }
        }
        Map<String, Expected> expected = new HashMap<>();
        for (GenFlow flow : GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND)) {
            for (String region = flow.region(); region != null; region = parent.get(region)) {
                expected.merge(region, NONE.plus(flow), (a, b) -> a.plus(flow));
            }
        }
        JsonNode summary = summary(GeneratedMoneyGraph.PROVINCE, List.of("REGION"));
        Map<String, JsonNode> rows = new HashMap<>();
        summary.path("rows").forEach(r -> rows.put(r.path("region").path("id").asString(), r));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((region, sums) -> {
            JsonNode row = rows.get(region);
            assertThat(row.path("flowCount").asInt()).as("flows of %s", region).isEqualTo(sums.flowCount());
            assertThat(row.path("yuan").asString()).as("yuan of %s", region).isEqualTo(sums.yuanText());
            assertThat(row.path("maskedCount").asInt()).as("masked of %s", region).isEqualTo(sums.masked());
        });
        assertThat(rows.get(GeneratedMoneyGraph.PROVINCE).path("regionDepth").asInt()).isZero();
        assertThat(rows.get(GeneratedMoneyGraph.PROVINCE).path("regionLevel").asString()).isEqualTo("PROVINCE");
        assertThat(rows.get("Region:gen-c3").path("regionDepth").asInt()).isEqualTo(1);
        assertThat(rows.get("Region:gen-k3-4").path("regionDepth").asInt()).isEqualTo(2);
        assertThat(rows.get("Region:gen-k3-4").path("regionLevel").asString()).isEqualTo("COUNTY");
        // The province row holds every flow of the fund once.
        assertThat(summary.path("totals").path("yuan").asString())
                .isEqualTo(rows.get(GeneratedMoneyGraph.PROVINCE).path("yuan").asString());
        assertThat(summary.path("rows").get(0).path("region").path("id").asString()).isEqualTo(GeneratedMoneyGraph.PROVINCE);
    }

    @Test
    void campaignRowsRollSubCampaignsUp() {
        List<GenFlow> spent = GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND).stream().filter(f -> f.tier() == 3).toList();
        JsonNode summary = summary(GeneratedMoneyGraph.TOP_CAMPAIGN, List.of("CAMPAIGN"));
        Map<String, JsonNode> rows = new HashMap<>();
        summary.path("rows").forEach(r -> rows.put(r.path("campaign").path("id").asString(), r));
        assertThat(rows).hasSize(1 + GeneratedMoneyGraph.CITIES);
        JsonNode top = rows.get(GeneratedMoneyGraph.TOP_CAMPAIGN);
        assertThat(top.path("flowCount").asInt()).isEqualTo(spent.size());
        assertThat(top.path("yuan").asString()).isEqualTo(FlowFacts.plain(sum(spent)));
        assertThat(top.path("maskedCount").asInt()).isEqualTo(4);
        for (int c = 0; c < GeneratedMoneyGraph.CITIES; c++) {
            String city = "Region:gen-c" + c;
            String counties = "Region:gen-k" + c + "-";
            List<GenFlow> ofCity = spent.stream().filter(f -> f.from().startsWith(counties)).toList();
            JsonNode row = rows.get("Campaign:gen-camp-" + c);
            assertThat(row.path("flowCount").asInt()).as(city).isEqualTo(ofCity.size());
            assertThat(row.path("yuan").asString()).as(city).isEqualTo(FlowFacts.plain(sum(ofCity)));
        }
    }

    @Test
    void theWholeGraphByFlowTypeAddsUpToEveryGeneratedFlow() {
        JsonNode summary = summary(null, List.of("FLOW_TYPE"));
        assertThat(summary.path("totals").path("flowCount").asInt()).isEqualTo(GRAPH.flows.size());
        assertThat(summary.path("totals").path("yuan").asString()).isEqualTo(FlowFacts.plain(sum(GRAPH.flows)));
        for (JsonNode row : summary.path("rows")) {
            List<GenFlow> ofType = GRAPH.flows.stream().filter(f -> f.flowType().equals(row.path("flowType").asString()))
                    .toList();
            assertThat(row.path("flowCount").asInt()).isEqualTo(ofType.size());
            assertThat(row.path("yuan").asString()).isEqualTo(FlowFacts.plain(sum(ofType)));
        }
    }
}
