package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.Counted;
import org.moneygraph.graph.GraphReader;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** moneyTrail on the reports' own figures. */
class MoneyTrailSeedTest extends FundingSeedTests {

    private static final String DOC_001 = "Document:001";
    private static final String DOC_003 = "Document:003";

    @Autowired
    GraphReader reader;

    @Test
    void theNewBondsGoFromTheProvinceMaskedThenToTheCounties() {
        JsonNode trail = trail("Fund:001-fund-bond", null, null, null);
        assertThat(trail.path("start").path("name").asString()).isEqualTo("2023年提前批次新增债券资金");
        assertThat(trail.path("direction").asString()).isEqualTo("DOWNSTREAM");
        assertThat(trail.path("maxDepth").asInt()).isEqualTo(4);
        assertThat(trail.path("tiers").size()).isEqualTo(2);

        JsonNode tier1 = trail.path("tiers").get(0);
        assertThat(tier1.path("hops").size()).isEqualTo(1);
        JsonNode province = tier1.path("hops").get(0);
        assertThat(province.path("flow").path("id").asString()).isEqualTo("FundFlow:001-flow-bond-prov");
        assertThat(province.path("from").path("name").asString()).isEqualTo("省");
        assertThat(province.path("to").path("name").asString()).isEqualTo("xx市");
        assertThat(province.path("branchNodeId").asString()).isEqualTo("Fund:001-fund-bond");
        assertThat(province.path("amount").path("text").asString()).isEqualTo("10x亿元");
        assertThat(province.path("amount").path("masked").asBoolean()).isTrue();
        assertThat(province.path("amount").path("yuan").isNull()).isTrue();
        assertThat(province.path("share").isNull()).isTrue();
        assertThat(province.path("period").path("year").asInt()).isEqualTo(2023);
        assertQuoted(province, DOC_001, "争取省下达我市2023年提前批次新增债券资金10x亿元");
        // The masked tier is counted apart: one masked hop, no yuan, and never a zero.
        assertThat(tier1.path("totals").path("maskedCount").asInt()).isEqualTo(1);
        assertThat(tier1.path("totals").path("yuan").isNull()).isTrue();
        assertThat(tier1.path("totals").path("complete").asBoolean()).isFalse();

        JsonNode tier2 = trail.path("tiers").get(1);
        JsonNode counties = tier2.path("hops").get(0);
        assertThat(tier2.path("hops").size()).isEqualTo(1);
        assertThat(counties.path("flow").path("id").asString()).isEqualTo("FundFlow:001-flow-bond-county");
        assertThat(counties.path("from").path("name").asString()).isEqualTo("xx市");
        assertThat(counties.path("to").path("name").asString()).isEqualTo("县(市、区)");
        assertThat(counties.path("amount").path("text").asString()).isEqualTo("88.84亿元");
        assertThat(counties.path("amount").path("yuan").asString()).isEqualTo("8884000000");
        assertThat(counties.path("share").asDouble()).isEqualTo(1.0);
        assertQuoted(counties, DOC_001, "其中分配县(市、区)88.84亿元");
        assertThat(tier2.path("totals").path("yuan").asString()).isEqualTo("8884000000");

        assertThat(trail.path("totals").path("flowCount").asInt()).isEqualTo(2);
        assertThat(trail.path("totals").path("yuan").asString()).isEqualTo("8884000000");
        assertThat(trail.path("totals").path("maskedCount").asInt()).isEqualTo(1);
        assertThat(trail.path("truncated").asBoolean()).isFalse();
    }

    @Test
    void cuttingTheBondTrailAfterOneTierSaysSo() {
        JsonNode trail = trail("Fund:001-fund-bond", null, 1, null);
        assertThat(trail.path("tiers").size()).isEqualTo(1);
        assertThat(trail.path("truncated").asBoolean()).isTrue();
    }

    @Test
    void aTrailCutByItsDepthLooksPastItsLastTierOnlyWhenAskedWhetherItGoesOn() {
        String query = """
                query($from: ID!) { moneyTrail(from: $from, maxDepth: 1) { %s tiers { hops { flow { id } } } } }""";
        Map<String, Object> variables = Map.of("from", "Fund:001-fund-bond");
        Counted asked = Counted.of(reader, () -> graphql.data(query.formatted("truncated"), variables));
        Counted notAsked = Counted.of(reader, () -> graphql.data(query.formatted(""), variables));
        JsonNode cut = asked.data().path("moneyTrail");
        assertThat(cut.path("truncated").asBoolean()).isTrue();
        assertThat(notAsked.data().path("moneyTrail").has("truncated")).isFalse();
        assertThat(notAsked.data().path("moneyTrail").path("tiers")).isEqualTo(cut.path("tiers"));
        assertThat(cut.path("tiers").get(0).path("hops").size()).isPositive();
        // The look past the last tier is the one round trip the answer without `truncated` saves.
        assertThat(notAsked.roundTrips()).isEqualTo(asked.roundTrips() - 1);
    }

    @Test
    void upstreamFromTheCountiesFindsTheCityThenOnlyTheBondsOfTheProvince() {
        JsonNode trail = trail("Region:001-counties", "UPSTREAM", null, null);
        JsonNode tier1 = trail.path("tiers").get(0);
        // 308.42亿 + 33.44亿 + 88.84亿 = 430.70亿 yuan reached the counties from the city.
        assertThat(tier1.path("totals").path("yuan").asString()).isEqualTo("43070000000");
        assertThat(tier1.path("totals").path("flowCount").asInt()).isEqualTo(3);
        assertThat(tier1.path("totals").path("byFlowType").toString())
                .contains("\"flowType\":\"ALLOCATED\",\"flowCount\":2,\"yuan\":\"39726000000\"")
                .contains("\"flowType\":\"TRANSFERRED\",\"flowCount\":1,\"yuan\":\"3344000000\"");
        JsonNode subsidy = hop(trail, "FundFlow:001-flow-subsidy");
        assertThat(subsidy.path("amount").path("yuan").asString()).isEqualTo("30842000000");
        assertThat(subsidy.path("branchNodeId").asString()).isEqualTo("Region:001-counties");
        assertThat(subsidy.path("share").asDouble()).isCloseTo(30842.0 / 43070.0, within(1e-12));
        assertQuoted(subsidy, DOC_001, "下达县(市、区)各项补助308.42亿元");
        JsonNode basic = hop(trail, "FundFlow:001-flow-jiben");
        assertThat(basic.path("amount").path("text").asString()).isEqualTo("共33.44亿元");
        assertThat(basic.path("amount").path("yuan").asString()).isEqualTo("3344000000");
        assertQuoted(basic, DOC_001, "转下达中央和省县级基本财力保障资金共33.44亿元");
        assertThat(hop(trail, "FundFlow:001-flow-bond-county").path("amount").path("yuan").asString())
                .isEqualTo("8884000000");

        // Only the bond strand goes on above the city: the report names no source of the subsidies.
        JsonNode tier2 = trail.path("tiers").get(1);
        assertThat(tier2.path("hops").size()).isEqualTo(1);
        assertThat(tier2.path("hops").get(0).path("flow").path("id").asString()).isEqualTo("FundFlow:001-flow-bond-prov");
        assertThat(tier2.path("hops").get(0).path("amount").path("masked").asBoolean()).isTrue();
        assertThat(tier2.path("totals").path("maskedCount").asInt()).isEqualTo(1);
        assertThat(trail.path("tiers").size()).isEqualTo(2);
        assertThat(trail.path("totals").path("yuan").asString()).isEqualTo("43070000000");
        assertThat(trail.path("totals").path("maskedCount").asInt()).isEqualTo(1);
    }

    @Test
    void onlyAllocationsFromTheCityWhenAskedForThem() {
        JsonNode trail = trail("Region:001-city", null, null, List.of("ALLOCATED"));
        assertThat(trail.path("types").toString()).isEqualTo("[\"ALLOCATED\"]");
        assertThat(hops(trail)).extracting(h -> h.path("flow").path("id").asString())
                .containsExactly("FundFlow:001-flow-subsidy", "FundFlow:001-flow-bond-county");
        assertThat(trail.path("totals").path("yuan").asString()).isEqualTo("39726000000");
        assertQuoted(hop(trail, "FundFlow:001-flow-subsidy"), DOC_001, "308.42亿元");
    }

    @Test
    void reliefMoneyWasDisbursedToItsBeneficiaryGroupsInTongjiang() {
        Map<String, String[]> funds = Map.of(
                "Fund:003-fund-dibao", new String[] {"6225.39万元", "62253900", "BeneficiaryGroup:003-bg-dibao",
                        "累计发放农村低保补贴6225.39万元"},
                "Fund:003-fund-gongyang", new String[] {"2003.3万元", "20033000", "BeneficiaryGroup:003-bg-gongyang",
                        "累计发放供养金2003.3万元"},
                "Fund:003-fund-linshi", new String[] {"313.67万元", "3136700", "BeneficiaryGroup:003-bg-linshi",
                        "临时救助金313.67万元"});
        String query = """
                query($from: ID!) { moneyTrail(from: $from) { totals { yuan flowCount }
                  tiers { hops { flowType amount { text yuan } share branchNodeId from { id }
                    to { id ... on BeneficiaryGroup { name region { id name } } } sources { quote document { id } } } } } }""";
        funds.forEach((fund, expected) -> {
            JsonNode trail = graphql.data(query, Map.of("from", fund)).path("moneyTrail");
            assertThat(trail.path("tiers").size()).isEqualTo(1);
            JsonNode hop = trail.path("tiers").get(0).path("hops").get(0);
            assertThat(hop.path("flowType").asString()).isEqualTo("DISBURSED");
            assertThat(hop.path("amount").path("text").asString()).isEqualTo(expected[0]);
            assertThat(hop.path("amount").path("yuan").asString()).isEqualTo(expected[1]);
            assertThat(hop.path("from").isNull()).isTrue();
            assertThat(hop.path("branchNodeId").asString()).isEqualTo(fund);
            assertThat(hop.path("share").asDouble()).isEqualTo(1.0);
            assertThat(hop.path("to").path("id").asString()).isEqualTo(expected[2]);
            assertThat(hop.path("to").path("region").path("id").asString()).isEqualTo("Region:003-tongjiang");
            assertQuoted(hop, DOC_003, expected[3]);
            assertThat(trail.path("totals").path("yuan").asString()).isEqualTo(expected[1]);
        });
    }

    @Test
    void upstreamFromTheDibaoGroupEndsAtItsFund() {
        JsonNode trail = trail("BeneficiaryGroup:003-bg-dibao", "UPSTREAM", 8, null);
        assertThat(trail.path("tiers").size()).isEqualTo(1);
        JsonNode hop = trail.path("tiers").get(0).path("hops").get(0);
        assertThat(hop.path("fund").path("id").asString()).isEqualTo("Fund:003-fund-dibao");
        assertThat(hop.path("from").isNull()).isTrue();
        assertThat(hop.path("amount").path("yuan").asString()).isEqualTo("62253900");
        assertThat(trail.path("truncated").asBoolean()).isFalse();
    }

    /**
     * A trail asked only for its hops' IDs, amounts and types reads the flows and the nodes they join in part.
     * The same hops selected beside fields that need the whole nodes (under aliases) must give the same answer:
     * a property left out of the part read would show up here as a null, and a missing type as an error.
     */
    @Test
    void aTrailAskedForIdsOnlyAnswersAsTheWholeReadDoes() {
        String lean = "depth flow { id } from { id __typename } to { id __typename } fund { id } amount " + QUANTITY
                + " flowType period { text year } purpose share branchNodeId revisit";
        String query = """
                query($from: ID!, $direction: TrailDirection) {
                  moneyTrail(from: $from, direction: $direction, maxDepth: 8) {
                    totals %s tiers { depth hops { %s %%s } } } }""".formatted(TOTALS, lean);
        String asked = query.formatted("");
        String whole = query.formatted("wholeFlow: flow { name } wholeTo: to " + NODE);
        String withSources = query.formatted(SOURCES);
        int compared = 0;
        for (String[] start : new String[][] {{"Fund:001-fund-bond", "DOWNSTREAM"}, {"Region:001-city", "DOWNSTREAM"},
                {"Region:001-counties", "UPSTREAM"}, {"Fund:003-fund-dibao", "DOWNSTREAM"},
                {"BeneficiaryGroup:003-bg-dibao", "UPSTREAM"}}) {
            Map<String, Object> variables = Map.of("from", start[0], "direction", start[1]);
            JsonNode part = graphql.data(asked, variables).path("moneyTrail");
            JsonNode all = graphql.data(whole, variables).path("moneyTrail");
            JsonNode sourced = graphql.data(withSources, variables).path("moneyTrail");
            for (JsonNode hop : hops(all)) {
                assertThat(hop.path("wholeFlow").path("name").isString()).isTrue();
                assertThat(hop.path("wholeTo").path("id")).isEqualTo(hop.path("to").path("id"));
                ((tools.jackson.databind.node.ObjectNode) hop).remove(List.of("wholeFlow", "wholeTo"));
            }
            assertThat(part).isEqualTo(all);
            for (JsonNode hop : hops(sourced)) {
                assertThat(hop.path("sources").size()).as("sources of %s", hop.path("flow")).isPositive();
                ((tools.jackson.databind.node.ObjectNode) hop).remove("sources");
            }
            assertThat(sourced).isEqualTo(all);
            compared += hops(part).size();
        }
        assertThat(compared).isGreaterThanOrEqualTo(8);
    }

    /**
     * A trail that shows amounts and where they went reads each flow's ID, type and amount only; one that shows
     * the facts (period, purpose, the amount's qualifier, as-of and year) reads them too, in the walk for its
     * lists and afterwards for its pages. Both answer every field they share alike.
     */
    @Test
    void aTrailShowingNoFactsAnswersAsOneThatShowsThemAndAPageReadsThemForItsOwnHops() {
        String lean = "depth flow { id } from { id __typename } to { id __typename } fund { id }"
                + " amount { text value yuan unit masked }"
                + " flowType share branchNodeId revisit";
        String facts = " period { text year } purpose facts: amount { qualifier asOf year }";
        String query = """
                query($from: ID!, $direction: TrailDirection) {
                  moneyTrail(from: $from, direction: $direction, maxDepth: 8) {
                    totals %s tiers { depth totals { flowCount yuan } %%s } } }""".formatted(TOTALS);
        String leanList = query.formatted("hops { " + lean + " }");
        String factList = query.formatted("hops { " + lean + facts + " }");
        String amountFactList = query.formatted("hops { " + lean + " facts: amount { qualifier asOf year } }");
        String factPage = query.formatted("hops: hopsConnection(first: 100) { edges { node { " + lean + facts + " } } }");
        int compared = 0;
        int periods = 0;
        int purposes = 0;
        int qualified = 0;
        for (String[] start : new String[][] {{"Fund:001-fund-bond", "DOWNSTREAM"}, {"Region:001-city", "DOWNSTREAM"},
                {"Region:001-counties", "UPSTREAM"}, {"Fund:003-fund-dibao", "DOWNSTREAM"},
                {"Fund:001-fund-subsidy", "DOWNSTREAM"}, {"BeneficiaryGroup:003-bg-dibao", "UPSTREAM"}}) {
            Map<String, Object> variables = Map.of("from", start[0], "direction", start[1]);
            JsonNode withoutFacts = graphql.data(leanList, variables).path("moneyTrail");
            JsonNode withAmountFacts = graphql.data(amountFactList, variables).path("moneyTrail");
            Counted listed = Counted.of(reader, () -> graphql.data(factList, variables));
            Counted paged = Counted.of(reader, () -> graphql.data(factPage, variables));
            JsonNode withFacts = listed.data().path("moneyTrail");
            JsonNode pages = paged.data().path("moneyTrail");
            for (JsonNode tier : pages.path("tiers")) {
                List<JsonNode> nodes = new java.util.ArrayList<>();
                tier.path("hops").path("edges").forEach(edge -> nodes.add(edge.path("node")));
                ((tools.jackson.databind.node.ObjectNode) tier).set("hops",
                        tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode().addAll(nodes));
            }
            assertThat(pages).as("pages of %s", start[0]).isEqualTo(withFacts);
            // The same walk without the facts, then one read of them for the pages of every tier at once.
            assertThat(paged.roundTrips()).as("round trips of %s", start[0]).isEqualTo(listed.roundTrips() + 1);
            for (JsonNode hop : hops(withFacts)) {
                periods += hop.path("period").isNull() ? 0 : 1;
                purposes += hop.path("purpose").isNull() ? 0 : 1;
                qualified += hop.path("facts").path("qualifier").isNull() && hop.path("facts").path("asOf").isNull()
                        && hop.path("facts").path("year").isNull() ? 0 : 1;
                ((tools.jackson.databind.node.ObjectNode) hop).remove(List.of("period", "purpose"));
            }
            assertThat(withAmountFacts).as("trail of %s with its amounts' facts", start[0]).isEqualTo(withFacts);
            hops(withFacts).forEach(hop -> ((tools.jackson.databind.node.ObjectNode) hop).remove("facts"));
            assertThat(withoutFacts).as("trail of %s", start[0]).isEqualTo(withFacts);
            compared += hops(withoutFacts).size();
        }
        assertThat(compared).isGreaterThanOrEqualTo(8);
        assertThat(periods).isPositive();
        assertThat(purposes).isPositive();
        assertThat(qualified).isPositive();
    }

    @Test
    void pagingThroughATiersHopsGivesEveryHopOnceInTheOrderOfTheWholeList() {
        String hop = "flow { id } to " + NODE + " amount { yuan masked } share branchNodeId revisit";
        String query = """
                query($from: ID!, $direction: TrailDirection, $after: String) {
                  moneyTrail(from: $from, direction: $direction, maxDepth: 8) {
                    tiers { depth hops { %1$s }
                            hopsConnection(first: 2, after: $after) {
                              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                              edges { cursor node { %1$s } } } } } }""".formatted(hop);
        int paged = 0;
        for (String[] start : new String[][] {{"Fund:001-fund-bond", "DOWNSTREAM"}, {"Region:001-city", "DOWNSTREAM"},
                {"Region:001-counties", "UPSTREAM"}, {"Fund:003-fund-dibao", "DOWNSTREAM"}}) {
            JsonNode tiers = graphql.data(query, Map.of("from", start[0], "direction", start[1]))
                    .path("moneyTrail").path("tiers");
            for (int t = 0; t < tiers.size(); t++) {
                JsonNode whole = tiers.get(t).path("hops");
                List<JsonNode> pages = new java.util.ArrayList<>();
                String after = null;
                boolean more = true;
                for (int request = 0; more; request++) {
                    assertThat(request).as("pages of tier %d of %s", t + 1, start[0]).isLessThanOrEqualTo(whole.size());
                    Map<String, Object> variables = new java.util.HashMap<>(Map.of("from", start[0],
                            "direction", start[1]));
                    variables.put("after", after);
                    JsonNode page = graphql.data(query, variables).path("moneyTrail").path("tiers").get(t)
                            .path("hopsConnection");
                    assertThat(page.path("totalCount").asInt()).isEqualTo(whole.size());
                    assertThat(page.path("edges").size()).isLessThanOrEqualTo(2);
                    assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(after != null);
                    page.path("edges").forEach(edge -> pages.add(edge.path("node")));
                    more = page.path("pageInfo").path("hasNextPage").asBoolean();
                    after = page.path("pageInfo").path("endCursor").asString();
                    if (!page.path("edges").isEmpty()) {
                        assertThat(after).isEqualTo(page.path("edges").get(page.path("edges").size() - 1)
                                .path("cursor").asString());
                    }
                }
                assertThat(pages).as("tier %d of %s", t + 1, start[0]).containsExactlyElementsOf(whole);
                paged += pages.size();
            }
        }
        assertThat(paged).isGreaterThanOrEqualTo(8);
        // Asked through the page alone, a flow's and a receiver's other fields are read too.
        JsonNode page = graphql.data("""
                { moneyTrail(from: "Fund:001-fund-bond") { tiers { hopsConnection(first: 100) {
                    edges { node { flow { id name } to { id ... on Region { name } } } } } } } }""")
                .path("moneyTrail").path("tiers").get(0).path("hopsConnection").path("edges");
        assertThat(page.size()).isPositive();
        page.forEach(edge -> {
            assertThat(edge.path("node").path("flow").path("name").isString()).as("%s", edge).isTrue();
            assertThat(edge.path("node").path("to").path("name").isString()).as("%s", edge).isTrue();
        });
    }

    @Test
    void aPageShowingFlowsEndsAndSentencesReadsThemForItsOwnHopsAndAnswersAsTheWholeList() {
        String hop = "depth flow { id name purpose } from " + NODE + " to " + NODE + " fund { id name }"
                + " amount { text yuan masked } flowType period { year } purpose share branchNodeId revisit"
                + " sources { quote start end document { id } }";
        String whole = """
                query($from: ID!, $direction: TrailDirection) { moneyTrail(from: $from, direction: $direction, maxDepth: 8) {
                  tiers { hops { %s } } } }""".formatted(hop);
        String paged = """
                query($from: ID!, $direction: TrailDirection) { moneyTrail(from: $from, direction: $direction, maxDepth: 8) {
                  tiers { hopsConnection(first: 100) { edges { node { %s } } } } } }""".formatted(hop);
        int hops = 0;
        int quoted = 0;
        for (String[] start : new String[][] {{"Fund:001-fund-bond", "DOWNSTREAM"}, {"Region:001-city", "DOWNSTREAM"},
                {"Region:001-counties", "UPSTREAM"}, {"Fund:003-fund-dibao", "DOWNSTREAM"},
                {"Fund:001-fund-subsidy", "DOWNSTREAM"}}) {
            Map<String, Object> variables = Map.of("from", start[0], "direction", start[1]);
            Counted wholeAnswer = Counted.of(reader, () -> graphql.data(whole, variables));
            Counted pagedAnswer = Counted.of(reader, () -> graphql.data(paged, variables));
            JsonNode wholeTiers = wholeAnswer.data().path("moneyTrail").path("tiers");
            JsonNode pagedTiers = pagedAnswer.data().path("moneyTrail").path("tiers");
            assertThat(pagedTiers.size()).isEqualTo(wholeTiers.size());
            for (int t = 0; t < wholeTiers.size(); t++) {
                List<JsonNode> page = new java.util.ArrayList<>();
                pagedTiers.get(t).path("hopsConnection").path("edges").forEach(edge -> page.add(edge.path("node")));
                List<JsonNode> list = new java.util.ArrayList<>();
                wholeTiers.get(t).path("hops").forEach(list::add);
                assertThat(page).as("tier %d of %s", t + 1, start[0]).containsExactlyElementsOf(list);
                hops += list.size();
                quoted += (int) list.stream().filter(h -> !h.path("sources").isEmpty()).count();
            }
            // The walk, then one read for the pages of every tier at once.
            assertThat(pagedAnswer.roundTrips()).as("round trips of %s", start[0])
                    .isLessThanOrEqualTo(wholeAnswer.roundTrips() + 1);
        }
        assertThat(hops).isGreaterThanOrEqualTo(8);
        assertThat(quoted).isEqualTo(hops);
    }
}
