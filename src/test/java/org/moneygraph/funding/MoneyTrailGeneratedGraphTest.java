package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.moneygraph.funding.GeneratedMoneyGraph.GenFlow;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.support.QueryPlans;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** moneyTrail on the generated graph: depth limits, cycles, two paths, a 30^5-path mesh and exact tier sums. */
class MoneyTrailGeneratedGraphTest extends GeneratedMoneyGraphTests {

    private static final String TRAIL = """
            query($from: ID!, $direction: TrailDirection, $maxDepth: Int) {
              moneyTrail(from: $from, direction: $direction, maxDepth: $maxDepth) {
                truncated revisits cyclesCut totals { flowCount yuan complete knownCount maskedCount }
                tiers { depth totals { flowCount yuan knownCount maskedCount byFlowType { flowType flowCount yuan } }
                        hops { depth flow { id } from { id } to { id } amount { yuan masked } share branchNodeId revisit } }
              }
            }""";

    @Autowired
    GraphReader reader;

    private JsonNode trail(String from, String direction, int maxDepth) {
        Map<String, Object> variables = new HashMap<>(Map.of("from", from, "maxDepth", maxDepth));
        if (direction != null) {
            variables.put("direction", direction);
        }
        return graphql.data(TRAIL, variables).path("moneyTrail");
    }

    private static List<String> flowIds(JsonNode trail) {
        List<String> ids = new ArrayList<>();
        trail.path("tiers").forEach(t -> t.path("hops").forEach(h -> ids.add(h.path("flow").path("id").asString())));
        return ids;
    }

    private static String sum(List<GenFlow> flows) {
        BigDecimal sum = flows.stream().map(GenFlow::yuan).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return FlowFacts.plain(sum);
    }

    @Test
    void eachTierOfTheMainFundAddsUpToWhatWasGenerated() {
        JsonNode trail = trail(GeneratedMoneyGraph.MAIN_FUND, null, 4);
        List<GenFlow> generated = GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND);
        assertThat(trail.path("tiers").size()).isEqualTo(4);
        for (JsonNode tier : trail.path("tiers")) {
            int depth = tier.path("depth").asInt();
            List<GenFlow> expected = generated.stream().filter(f -> f.tier() == depth).toList();
            assertThat(tier.path("totals").path("flowCount").asInt()).as("tier %s hops", depth).isEqualTo(expected.size());
            assertThat(tier.path("totals").path("yuan").asString()).as("tier %s yuan", depth).isEqualTo(sum(expected));
            assertThat(tier.path("totals").path("maskedCount").asInt()).as("tier %s masked", depth)
                    .isEqualTo((int) expected.stream().filter(GenFlow::masked).count());
            List<String> ids = new ArrayList<>();
            tier.path("hops").forEach(h -> {
                ids.add(h.path("flow").path("id").asString());
                assertThat(h.path("depth").asInt()).isEqualTo(depth);
            });
            assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.stream().map(GenFlow::id).toList());
        }
        // Tier 3 is where the masked county → project amounts are: four of 2100, counted apart and not as zero.
        assertThat(trail.path("tiers").get(2).path("totals").path("maskedCount").asInt()).isEqualTo(4);
        assertThat(trail.path("totals").path("flowCount").asInt()).isEqualTo(generated.size());
        assertThat(trail.path("totals").path("yuan").asString()).isEqualTo(sum(generated));
        assertThat(trail.path("totals").path("complete").asBoolean()).isFalse();
        assertThat(trail.path("truncated").asBoolean()).isFalse();
        assertThat(trail.path("revisits").asInt()).isZero();
    }

    @Test
    void hopsComeByBranchNodeThenLargestKnownAmountThenMaskedThenFlowId() {
        JsonNode trail = trail(GeneratedMoneyGraph.MAIN_FUND, null, 4);
        int maskedSeen = 0;
        int maskedAfterKnown = 0;
        for (JsonNode tier : trail.path("tiers")) {
            JsonNode before = null;
            for (JsonNode hop : tier.path("hops")) {
                maskedSeen += hop.path("amount").path("yuan").isNull() ? 1 : 0;
                if (before != null) {
                    String description = before.path("flow").path("id").asString() + " then "
                            + hop.path("flow").path("id").asString();
                    int branch = before.path("branchNodeId").asString().compareTo(hop.path("branchNodeId").asString());
                    assertThat(branch).as(description).isNotPositive();
                    if (branch == 0) {
                        int byAmount = byAmountLargestFirst(before, hop);
                        assertThat(byAmount).as(description).isNotPositive();
                        maskedAfterKnown += byAmount < 0 && hop.path("amount").path("yuan").isNull() ? 1 : 0;
                        if (byAmount == 0) {
                            assertThat(before.path("flow").path("id").asString())
                                    .as(description).isLessThan(hop.path("flow").path("id").asString());
                        }
                    }
                }
                before = hop;
            }
        }
        // The order is tested where it matters: the four masked amounts of tier 3 follow known ones of their branch.
        assertThat(maskedSeen).isEqualTo(4);
        assertThat(maskedAfterKnown).isEqualTo(4);
    }

    /** Negative when {@code a} comes first: the larger known yuan, and any known yuan before none. */
    private static int byAmountLargestFirst(JsonNode a, JsonNode b) {
        JsonNode x = a.path("amount").path("yuan");
        JsonNode y = b.path("amount").path("yuan");
        if (x.isNull() || y.isNull()) {
            return x.isNull() == y.isNull() ? 0 : x.isNull() ? 1 : -1;
        }
        return new BigDecimal(y.asString()).compareTo(new BigDecimal(x.asString()));
    }

    @Test
    void sharesDivideEachBranchByItsKnownAmounts() {
        JsonNode tier2 = trail(GeneratedMoneyGraph.MAIN_FUND, null, 2).path("tiers").get(1);
        Map<String, BigDecimal> byCity = new HashMap<>();
        GRAPH.flowsOf(GeneratedMoneyGraph.MAIN_FUND).stream().filter(f -> f.tier() == 2)
                .forEach(f -> byCity.merge(f.from(), f.yuan(), BigDecimal::add));
        Map<String, Double> shareSums = new HashMap<>();
        for (JsonNode hop : tier2.path("hops")) {
            String city = hop.path("from").path("id").asString();
            assertThat(hop.path("branchNodeId").asString()).isEqualTo(city);
            BigDecimal amount = new BigDecimal(hop.path("amount").path("yuan").asString());
            assertThat(hop.path("share").asDouble()).isCloseTo(
                    amount.divide(byCity.get(city), MathContext.DECIMAL64).doubleValue(), within(1e-12));
            shareSums.merge(city, hop.path("share").asDouble(), Double::sum);
        }
        assertThat(shareSums).hasSize(GeneratedMoneyGraph.CITIES);
        shareSums.values().forEach(s -> assertThat(s).isCloseTo(1.0, within(1e-9)));
    }

    @Test
    void noHopGoesDeeperThanMaxDepthAndTheCutIsReported() {
        for (int maxDepth = 1; maxDepth <= 3; maxDepth++) {
            JsonNode trail = trail(GeneratedMoneyGraph.MAIN_FUND, null, maxDepth);
            int limit = maxDepth;
            assertThat(trail.path("tiers").size()).isEqualTo(maxDepth);
            trail.path("tiers").forEach(t -> t.path("hops")
                    .forEach(h -> assertThat(h.path("depth").asInt()).isBetween(1, limit)));
            assertThat(trail.path("truncated").asBoolean()).as("truncated at %s", maxDepth).isTrue();
        }
        assertThat(trail(GeneratedMoneyGraph.MAIN_FUND, null, 4).path("truncated").asBoolean()).isFalse();
        // The server maximum is 6 in this context: 6 is served, 7 is refused.
        assertThat(trail(GeneratedMoneyGraph.MAIN_FUND, null, SERVER_MAX_DEPTH).path("tiers").size()).isEqualTo(4);
        JsonNode refused = graphql.post(TRAIL, Map.of("from", GeneratedMoneyGraph.MAIN_FUND, "maxDepth",
                SERVER_MAX_DEPTH + 1));
        assertThat(refused.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("maxDepth");
        assertThat(refused.path("errors").get(0).path("message").asString()).contains("6");
    }

    @Test
    void theCycleEndsWithEachFlowOnce() {
        JsonNode fromFund = trail(GeneratedMoneyGraph.CYCLE_FUND, null, SERVER_MAX_DEPTH);
        assertThat(flowIds(fromFund)).containsExactly("FundFlow:gen-cyc-xa", "FundFlow:gen-cyc-ab",
                "FundFlow:gen-cyc-bc", "FundFlow:gen-cyc-ca");
        assertThat(fromFund.path("tiers").size()).isEqualTo(4);
        assertThat(fromFund.path("cyclesCut").asInt()).isEqualTo(1);
        assertThat(fromFund.path("revisits").asInt()).isEqualTo(1);
        assertThat(fromFund.path("truncated").asBoolean()).isFalse();
        JsonNode back = fromFund.path("tiers").get(3).path("hops").get(0);
        assertThat(back.path("to").path("id").asString()).isEqualTo("Region:gen-cyc-a");
        assertThat(back.path("revisit").asBoolean()).isTrue();
        assertThat(fromFund.path("totals").path("yuan").asString()).isEqualTo(sum(GRAPH.flowsOf(GeneratedMoneyGraph.CYCLE_FUND)));

        JsonNode fromA = trail("Region:gen-cyc-a", null, SERVER_MAX_DEPTH);
        assertThat(flowIds(fromA)).containsExactly("FundFlow:gen-cyc-ab", "FundFlow:gen-cyc-bc", "FundFlow:gen-cyc-ca");
        assertThat(fromA.path("cyclesCut").asInt()).isEqualTo(1);

        JsonNode upstream = trail("Region:gen-cyc-a", "UPSTREAM", SERVER_MAX_DEPTH);
        assertThat(flowIds(upstream)).containsExactlyInAnyOrder("FundFlow:gen-cyc-xa", "FundFlow:gen-cyc-ca",
                "FundFlow:gen-cyc-bc", "FundFlow:gen-cyc-ab").doesNotHaveDuplicates();
        assertThat(upstream.path("cyclesCut").asInt()).isEqualTo(1);
    }

    @Test
    void twoPathsToOneProjectCountEachFlowOnce() {
        List<GenFlow> generated = GRAPH.flowsOf(GeneratedMoneyGraph.TWO_PATH_FUND);
        // Computed here from the generated amounts: 5000000.50 + 3000000.25 + 4000000 + 2500000.75 + 6000000.
        BigDecimal expected = new BigDecimal("5000000.50").add(new BigDecimal("3000000.25")).add(new BigDecimal("4000000"))
                .add(new BigDecimal("2500000.75")).add(new BigDecimal("6000000"));
        assertThat(sum(generated)).isEqualTo("20500001.5").isEqualTo(FlowFacts.plain(expected));

        JsonNode down = trail(GeneratedMoneyGraph.TWO_PATH_FUND, null, SERVER_MAX_DEPTH);
        assertThat(flowIds(down)).doesNotHaveDuplicates().hasSize(5);
        assertThat(down.path("totals").path("yuan").asString()).isEqualTo("20500001.5");
        assertThat(down.path("tiers").get(1).path("totals").path("yuan").asString()).isEqualTo("6500000.75");
        assertThat(down.path("tiers").get(2).path("hops").size()).isEqualTo(1);
        assertThat(down.path("revisits").asInt()).isEqualTo(1);
        assertThat(down.path("cyclesCut").asInt()).isZero();
        // Both branches reach the project in tier 2. Rows are taken in the order of their branch nodes' IDs, so the
        // hop from m1 reaches it first and the one from m2 is the revisit, whatever order the database gives.
        List<String> tier2 = new ArrayList<>();
        down.path("tiers").get(1).path("hops").forEach(h -> tier2.add(h.path("from").path("id").asString() + " "
                + h.path("revisit").asBoolean()));
        assertThat(tier2).containsExactly("Region:gen-two-m1 false", "Region:gen-two-m2 true");

        JsonNode up = trail("BeneficiaryGroup:gen-two-b", "UPSTREAM", SERVER_MAX_DEPTH);
        assertThat(flowIds(up)).doesNotHaveDuplicates().hasSize(5);
        assertThat(up.path("totals").path("yuan").asString()).isEqualTo("20500001.5");

        JsonNode summary = graphql.data("query($scope: ID) { fundSummary(scope: $scope) { totals { flowCount yuan } } }",
                Map.of("scope", GeneratedMoneyGraph.TWO_PATH_FUND)).path("fundSummary");
        assertThat(summary.path("totals").path("yuan").asString()).isEqualTo("20500001.5");
        assertThat(summary.path("totals").path("flowCount").asInt()).isEqualTo(5);
    }

    @Test
    void aMeshOfMillionsOfPathsIsReadFlowByFlow() {
        long started = System.nanoTime();
        JsonNode trail = trail(GeneratedMoneyGraph.MESH_FUND, null, SERVER_MAX_DEPTH);
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<GenFlow> generated = GRAPH.flowsOf(GeneratedMoneyGraph.MESH_FUND);
        int width = GeneratedMoneyGraph.MESH_WIDTH;
        assertThat(generated).hasSize(width + (GeneratedMoneyGraph.MESH_LAYERS - 1) * width * width);
        assertThat(flowIds(trail)).doesNotHaveDuplicates().hasSize(generated.size());
        assertThat(trail.path("totals").path("yuan").asString()).isEqualTo(sum(generated));
        // Every region of a layer is reached by all 30 of the layer before; only the first reach expands it.
        assertThat(trail.path("revisits").asInt()).isEqualTo((GeneratedMoneyGraph.MESH_LAYERS - 1) * width * (width - 1));
        assertThat(trail.path("cyclesCut").asInt()).isZero();
        for (JsonNode tier : trail.path("tiers")) {
            int depth = tier.path("depth").asInt();
            assertThat(tier.path("totals").path("yuan").asString())
                    .isEqualTo(sum(generated.stream().filter(f -> f.tier() == depth).toList()));
        }
        // Enumerating its 24 million paths would not finish in this time on any machine.
        assertThat(millis).as("milliseconds").isLessThan(30_000);
    }

    @Test
    void aTrailCostsAtMostMaxDepthPlusOneRoundTrips() {
        long before = reader.roundTrips();
        JsonNode trail = trail(GeneratedMoneyGraph.MAIN_FUND, null, 3);
        long spent = reader.roundTrips() - before;
        assertThat(trail.path("truncated").asBoolean()).isTrue();
        // Three tiers and one look beyond the last.
        assertThat(spent).isLessThanOrEqualTo(3 + 1).isEqualTo(4);

        before = reader.roundTrips();
        trail(GeneratedMoneyGraph.MESH_FUND, null, SERVER_MAX_DEPTH);
        assertThat(reader.roundTrips() - before).isLessThanOrEqualTo(SERVER_MAX_DEPTH + 1);
    }

    @Test
    void aMeshTierOfNineHundredHopsPagedAHundredAtATimeIsItsWholeListAtNoExtraRoundTrip() {
        String paged = """
                query($after: String) { moneyTrail(from: "%s", maxDepth: 3) { tiers {
                  hops { flow { id } to { id } share }
                  hopsConnection(first: 100, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor } edges { node { flow { id } to { id } share } } } } } }"""
                .formatted(GeneratedMoneyGraph.MESH_FUND);
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", null);
        long before = reader.roundTrips();
        JsonNode tiers = graphql.data(paged, variables).path("moneyTrail").path("tiers");
        assertThat(reader.roundTrips() - before).as("round trips of a paged trail").isLessThanOrEqualTo(3 + 1);
        JsonNode widest = tiers.get(tiers.size() - 1);
        List<JsonNode> whole = new ArrayList<>();
        widest.path("hops").forEach(whole::add);
        assertThat(whole).hasSizeGreaterThanOrEqualTo(GeneratedMoneyGraph.MESH_WIDTH * GeneratedMoneyGraph.MESH_WIDTH);
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = widest.path("hopsConnection");
        int requests = 1;
        while (true) {
            assertThat(page.path("totalCount").asInt()).isEqualTo(whole.size());
            assertThat(page.path("edges").size()).isLessThanOrEqualTo(100);
            page.path("edges").forEach(edge -> pages.add(edge.path("node")));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                break;
            }
            variables.put("after", page.path("pageInfo").path("endCursor").asString());
            page = graphql.data(paged, variables).path("moneyTrail").path("tiers").get(tiers.size() - 1)
                    .path("hopsConnection");
            requests++;
        }
        assertThat(requests).isEqualTo((whole.size() + 99) / 100);
        assertThat(pages).containsExactlyElementsOf(whole);
    }

    @Test
    void everyQueryUsesIndexesOnTheLargeGraph() {
        FundingCypherCatalog.examples().forEach((name, example) ->
                QueryPlans.assertStartsFromAnIndex(driver, name, example.cypher(), example.parameters()));
    }
}
