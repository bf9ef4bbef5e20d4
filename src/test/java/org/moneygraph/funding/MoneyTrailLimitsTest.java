package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The limits of a trail on a small graph: A gives to B1, B2 and B3, and B1 to C1 and C2. A trail longer than
 * {@code graph.trace.max-listed-hops} (four here) is refused when its hops are listed whole, and answered when
 * they are paged or only summed; a trail cut by {@code maxDepth} says so, and one that ends there does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "graph.seed.enabled=false", "graph.trace.max-listed-hops=4" })
class MoneyTrailLimitsTest extends ServiceTest {

    private static final String LISTED = """
            query($depth: Int) { moneyTrail(from: "Region:lim-a", maxDepth: $depth) {
              totals { flowCount } tiers { hops { flow { id } } } } }""";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, MoneyTrailLimitsTest.class);
    }

    @BeforeEach
    void graph() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) WHERE n.id STARTS WITH 'Region:lim-' OR n.id STARTS WITH 'FundFlow:lim-' "
                    + "OR n.id STARTS WITH 'Fund:lim-' DETACH DELETE n").consume();
            session.run("""
                    CREATE (:Entity:Fund {id: 'Fund:lim-f', type: 'Fund', name: '限额资金'})
                    WITH 1 AS one
                    UNWIND ['a', 'b1', 'b2', 'b3', 'c1', 'c2'] AS key
                    CREATE (:Entity:Region {id: 'Region:lim-' + key, type: 'Region', name: '限额区' + key})""").consume();
            for (List<String> flow : List.of(List.of("a", "b1"), List.of("a", "b2"), List.of("a", "b3"),
                    List.of("b1", "c1"), List.of("b1", "c2"))) {
                session.run("""
                        MATCH (f:Fund {id: 'Fund:lim-f'}), (g:Entity {id: 'Region:lim-' + $from}),
                              (r:Entity {id: 'Region:lim-' + $to})
                        CREATE (flow:Entity:FundFlow {id: 'FundFlow:lim-' + $from + '-' + $to, type: 'FundFlow',
                                flowType: 'ALLOCATED', amountText: '100元', amountValue: '100', amountUnit: '元',
                                amountMasked: false})
                        CREATE (flow)-[:OF_FUND]->(f), (flow)-[:FROM]->(g), (flow)-[:TO]->(r)""",
                        Map.of("from", flow.get(0), "to", flow.get(1))).consume();
            }
        }
    }

    @Test
    void aTrailWithinTheLimitIsListed() {
        JsonNode trail = graphql.data(LISTED, Map.of("depth", 1)).path("moneyTrail");
        assertThat(trail.path("totals").path("flowCount").asInt()).isEqualTo(3);
        assertThat(trail.path("tiers").get(0).path("hops")).hasSize(3);
    }

    @Test
    void aTrailPastTheLimitIsRefusedWhenListedWhole() {
        JsonNode answer = graphql.post(LISTED, Map.of("depth", 2));
        JsonNode error = answer.path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("TOO_LARGE");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("maxDepth");
        assertThat(error.path("message").asString()).contains("hopsConnection").contains("4");
        assertThat(answer.path("data").path("moneyTrail").isObject()).as("no trail").isFalse();
    }

    @Test
    void theSameTrailIsAnsweredPagedOrSummed() {
        JsonNode paged = graphql.data("""
                { moneyTrail(from: "Region:lim-a", maxDepth: 2) { totals { flowCount }
                  tiers { hopsConnection(first: 2) { totalCount edges { node { flow { id } } } } } } }""")
                .path("moneyTrail");
        assertThat(paged.path("totals").path("flowCount").asInt()).isEqualTo(5);
        assertThat(paged.path("tiers").get(0).path("hopsConnection").path("totalCount").asInt()).isEqualTo(3);
        assertThat(paged.path("tiers").get(0).path("hopsConnection").path("edges")).hasSize(2);
        assertThat(paged.path("tiers").get(1).path("hopsConnection").path("totalCount").asInt()).isEqualTo(2);
        JsonNode summed = graphql.data("""
                { moneyTrail(from: "Region:lim-a", maxDepth: 2) { totals { flowCount } tiers { totals { flowCount } } } }""")
                .path("moneyTrail");
        assertThat(summed.path("totals").path("flowCount").asInt()).isEqualTo(5);
    }

    @Test
    void aTrailCutByItsDepthSaysSoWithOrWithoutItsEndsWhole() {
        // Listed through hops, the walk reads the ends whole in the statement that looks past the last tier.
        String listed = """
                query($depth: Int) { moneyTrail(from: "Region:lim-a", maxDepth: $depth) {
                  truncated tiers { hops { flow { id } to { id %s } } } } }""";
        String paged = """
                query($depth: Int) { moneyTrail(from: "Region:lim-a", maxDepth: $depth) {
                  truncated tiers { hopsConnection(first: 5) { edges { node { flow { id } to { id } } } } } } }""";
        for (String ends : List.of("", "... on Region { name }")) {
            JsonNode cut = graphql.data(listed.formatted(ends), Map.of("depth", 1)).path("moneyTrail");
            assertThat(cut.path("truncated").asBoolean()).as("cut after B1, B2, B3 (%s)", ends).isTrue();
            if (!ends.isEmpty()) {
                cut.path("tiers").get(0).path("hops").forEach(hop ->
                        assertThat(hop.path("to").path("name").asString()).startsWith("限额区b"));
            }
        }
        // C1 and C2 give nothing: the look past the last tier finds no flow.
        assertThat(graphql.data(paged, Map.of("depth", 2)).path("moneyTrail").path("truncated").asBoolean()).isFalse();
    }
}
