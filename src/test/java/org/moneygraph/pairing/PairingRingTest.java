package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Rings of pairings on a generated graph, without the seed: a ring of 2000 counties within one region and
 * a closed ring of five units. The walk must end, list each pairing once, and cost one query per hop.
 * The server maximum is raised to 6 here, to show it comes from configuration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "graph.seed.enabled=false", "graph.trace.max-pairing-depth=6" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PairingRingTest extends ServiceTest {

    private static final int RING = 2000;
    private static final int SMALL_RING = 5;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, PairingRingTest.class);
    }

    /** Region i helps region i+1; every 100th cadre figure is masked, the others are i mod 3 + 1 名. */
    @BeforeAll
    void buildRings() {
        List<Map<String, Object>> ring = new ArrayList<>();
        for (int i = 0; i < RING; i++) {
            boolean masked = i % 100 == 0;
            Map<String, Object> row = new HashMap<>();
            row.put("i", i);
            row.put("next", (i + 1) % RING);
            row.put("mechanism", i % 2 == 0 ? "EAST_WEST_COOPERATION" : "COUNTERPART_ASSISTANCE");
            row.put("cadresText", masked ? "1x名" : (i % 3 + 1) + "名");
            row.put("cadresValue", masked ? null : String.valueOf(i % 3 + 1));
            row.put("cadresMasked", masked);
            ring.add(row);
        }
        driver.executableQuery("""
                CREATE (:Entity:Region {id: 'Region:gen-root', type: 'Region', key: 'gen-root', name: '环区', level: 'CITY',
                                        masked: false})""").execute();
        driver.executableQuery("""
                UNWIND $rows AS row
                MATCH (root:Region {id: 'Region:gen-root'})
                CREATE (r:Entity:Region {id: 'Region:gen-r' + row.i, type: 'Region', key: 'gen-r' + row.i,
                                         name: '环县' + row.i, level: 'COUNTY', masked: false})-[:WITHIN]->(root)
                """).withParameters(Map.of("rows", ring)).execute();
        driver.executableQuery("""
                UNWIND $rows AS row
                MATCH (helper:Region {id: 'Region:gen-r' + row.i}), (helped:Region {id: 'Region:gen-r' + row.next})
                CREATE (x:Entity:Pairing {id: 'Pairing:gen-p' + row.i, type: 'Pairing', key: 'gen-p' + row.i,
                                          name: '环帮' + row.i, mechanism: row.mechanism, masked: false,
                                          cadresText: row.cadresText, cadresValue: row.cadresValue, cadresUnit: '名',
                                          cadresMasked: row.cadresMasked})
                CREATE (x)-[:HELPER]->(helper), (x)-[:HELPED]->(helped)
                """).withParameters(Map.of("rows", ring)).execute();
        driver.executableQuery("""
                UNWIND range(0, $n - 1) AS i
                CREATE (:Entity:Organization {id: 'Organization:gen-o' + i, type: 'Organization', key: 'gen-o' + i,
                                              name: '环单位' + i, kind: 'UNIVERSITY', masked: false})
                """).withParameters(Map.of("n", SMALL_RING)).execute();
        driver.executableQuery("""
                UNWIND range(0, $n - 1) AS i
                MATCH (helper:Organization {id: 'Organization:gen-o' + i}),
                      (helped:Organization {id: 'Organization:gen-o' + ((i + 1) % $n)})
                CREATE (x:Entity:Pairing {id: 'Pairing:gen-q' + i, type: 'Pairing', key: 'gen-q' + i,
                                          name: '人才' + i, mechanism: 'TALENT_PARTNER', masked: false})
                CREATE (x)-[:HELPER]->(helper), (x)-[:HELPED]->(helped)
                """).withParameters(Map.of("n", SMALL_RING)).execute();
    }

    private JsonNode network(String around, int depth) {
        return graphql.data("""
                query($around: ID!, $depth: Int) { pairingNetwork(around: $around, depth: $depth) {
                  nodes { node { id } role distance }
                  edges { helper helped hop mechanism pairing { id } cadres { text value masked } }
                  totals { pairings parties byMechanism { mechanism pairings }
                           cadres { known { value unit } knownPairings maskedPairings maskedTexts } } } }""",
                Map.of("around", around, "depth", depth)).path("pairingNetwork");
    }

    private static List<String> pairingIds(JsonNode network) {
        List<String> ids = new ArrayList<>();
        network.path("edges").forEach(e -> ids.add(e.path("pairing").path("id").asString()));
        return ids;
    }

    private static Map<String, Integer> distances(JsonNode network) {
        Map<String, Integer> distances = new HashMap<>();
        network.path("nodes").forEach(n -> distances.put(n.path("node").path("id").asString(), n.path("distance").asInt()));
        return distances;
    }

    @Test
    void aClosedRingIsWalkedOnceAndTheWalkEnds() {
        long before = reader.roundTrips();
        JsonNode network = network("Organization:gen-o0", 6);
        assertThat(pairingIds(network)).doesNotHaveDuplicates().containsExactlyInAnyOrder("Pairing:gen-q0",
                "Pairing:gen-q1", "Pairing:gen-q2", "Pairing:gen-q3", "Pairing:gen-q4");
        assertThat(distances(network)).containsExactlyInAnyOrderEntriesOf(Map.of("Organization:gen-o0", 0,
                "Organization:gen-o1", 1, "Organization:gen-o4", 1, "Organization:gen-o2", 2, "Organization:gen-o3", 2));
        assertThat(network.path("nodes").findValues("role").stream().map(JsonNode::asString)).containsOnly("BOTH");
        // The start, then three hops; the fourth frontier is empty, so the walk stops before the depth of 6.
        assertThat(reader.roundTrips() - before).isEqualTo(4);
    }

    @Test
    void aLongRingIsCutAtTheDepthInBothDirections() {
        long before = reader.roundTrips();
        JsonNode network = network("Region:gen-r0", 4);
        assertThat(pairingIds(network)).doesNotHaveDuplicates().containsExactlyInAnyOrder("Pairing:gen-p0",
                "Pairing:gen-p1", "Pairing:gen-p2", "Pairing:gen-p3", "Pairing:gen-p1999", "Pairing:gen-p1998",
                "Pairing:gen-p1997", "Pairing:gen-p1996");
        assertThat(distances(network)).containsEntry("Region:gen-r0", 0).containsEntry("Region:gen-r4", 4)
                .containsEntry("Region:gen-r1996", 4).hasSize(9);
        network.path("edges").forEach(e -> {
            int i = Integer.parseInt(e.path("pairing").path("id").asString().substring("Pairing:gen-p".length()));
            assertThat(e.path("hop").asInt()).isEqualTo(i < RING / 2 ? i + 1 : RING - i);
        });
        assertThat(reader.roundTrips() - before).isEqualTo(5);
    }

    @Test
    void aRegionStartsFromEveryPlaceWithinItAndReadsTheRingInOneHop() {
        long before = reader.roundTrips();
        JsonNode network = network("Region:gen-root", 6);
        assertThat(reader.roundTrips() - before).as("the start and one hop for 2000 parties").isEqualTo(2);
        assertThat(network.path("edges").size()).isEqualTo(RING);
        assertThat(pairingIds(network)).doesNotHaveDuplicates();
        assertThat(network.path("edges").findValues("hop").stream().map(JsonNode::asInt)).containsOnly(1);
        assertThat(network.path("totals").path("parties").asInt()).isEqualTo(RING);
        assertThat(network.path("totals").path("byMechanism").findValues("pairings").stream().map(JsonNode::asInt))
                .containsExactly(RING / 2, RING / 2);

        BigDecimal known = BigDecimal.ZERO;
        for (int i = 0; i < RING; i++) {
            if (i % 100 != 0) {
                known = known.add(BigDecimal.valueOf(i % 3 + 1));
            }
        }
        JsonNode cadres = network.path("totals").path("cadres");
        assertThat(cadres.path("known").get(0).path("value").asString()).isEqualTo(known.toPlainString());
        assertThat(cadres.path("known").get(0).path("unit").asString()).isEqualTo("名");
        assertThat(cadres.path("knownPairings").asInt()).isEqualTo(RING - RING / 100);
        assertThat(cadres.path("maskedPairings").asInt()).isEqualTo(RING / 100);
        cadres.path("maskedTexts").forEach(t -> assertThat(t.asString()).isEqualTo("1x名"));
    }

    @Test
    void theConfiguredMaximumBoundsTheDepth() {
        assertThat(network("Organization:gen-o0", 6).path("edges").size()).isEqualTo(SMALL_RING);
        JsonNode response = graphql.post("query { pairingNetwork(around: \"Organization:gen-o0\", depth: 7) { depth } }",
                Map.of());
        assertThat(response.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("depth");
        assertThat(response.path("errors").get(0).path("message").asString()).contains("between 1 and 6");
    }
}
