package org.moneygraph.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.moneygraph.generator.Shapes.Kind;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Size S generated into a real embedded Neo4j with the seed off, in small batches so that a load takes many
 * transactions. The last test wipes it, loads it again interrupted, resumes, and compares with the first load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratorTest extends ServiceTest {

    static final long SEED = 42;
    static final GraphGenerator.Options OPTIONS = new GraphGenerator.Options(2_000, 0);

    GraphGenerator.Result first;
    String firstChecksum;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, GeneratorTest.class);
        TestDatabases.adminToken(registry);
        registry.add("graph.seed.enabled", () -> "false");
    }

    @BeforeAll
    void load() {
        first = GraphGenerator.load(driver, Size.S, SEED, GraphGenerator.Listener.NONE, OPTIONS);
        firstChecksum = checksum();
    }

    @Test
    @Order(1)
    void writesTheCountsOfSizeS() {
        assertThat(first.complete()).isTrue();
        assertThat(first.rows()).containsEntry("FLOW", 10_000L).containsEntry("PROJECT", 1_000L)
                .containsEntry("INDICATOR", 3_000L).containsEntry("ORGANIZATION", 100L);
        Map<String, Long> expected = GraphGenerator.expectedCounts(Size.S, OPTIONS.batchSize());
        assertThat(expected).containsEntry("Region", 1L + 1 + 1 + 15 + 200).containsEntry("FundFlow", 10_000L)
                .containsEntry("Pairing", 200L).containsEntry("Campaign", 10L).containsEntry("Fund", 4L);
        assertThat(counts()).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void aSecondRunOfACompleteLoadDoesNothing() {
        GraphGenerator.Result again = GraphGenerator.load(driver, Size.S, SEED, GraphGenerator.Listener.NONE, OPTIONS);
        assertThat(again.alreadyDone()).isTrue();
        assertThat(again.totalRows()).isZero();
        assertThatThrownBy(() -> GraphGenerator.load(driver, Size.S, 7, GraphGenerator.Listener.NONE, OPTIONS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("seed 42");
    }

    @Test
    @Order(3)
    void everyEntityIsSourcedByAQuoteInItsDocument() {
        long entities = single("MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Passage RETURN count(n) AS n");
        long sourced = single("""
                MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Passage
                  AND EXISTS { MATCH (n)-[:SOURCED_FROM]->(c:Citation)-[:IN_PASSAGE]->(p:Passage)
                               <-[:HAS_PASSAGE]-(d:Document {key: n.documentKey})
                               WHERE p.text CONTAINS c.quote
                                 AND substring(p.text, c.start - p.start, c.end - c.start) = c.quote }
                RETURN count(n) AS n""");
        assertThat(entities).isEqualTo(218 + 100 + 10 + 4 + 400 + 1_000 + 200 + 3_000 + 10_000 + 200);
        assertThat(sourced).isEqualTo(entities);
        assertThat(single("MATCH ()-[r]->() WHERE NOT type(r) IN ['SOURCED_FROM', 'IN_PASSAGE', 'HAS_PASSAGE'] "
                + "AND (r.citationIds IS NULL OR size(r.citationIds) = 0) RETURN count(r) AS n")).isZero();
    }

    @Test
    @Order(4)
    void maskedAmountsHaveNoValue() {
        long masked = single("MATCH (f:FundFlow {amountMasked: true}) RETURN count(f) AS n");
        assertThat(masked).isBetween(50L, 150L);
        assertThat(single("MATCH (f:FundFlow {amountMasked: true}) WHERE f.amountValue IS NOT NULL "
                + "OR f.amountNumber IS NOT NULL OR NOT f.amountText CONTAINS 'x' RETURN count(f) AS n")).isZero();
        assertThat(single("MATCH (f:FundFlow {amountMasked: false}) WHERE f.amountValue IS NULL RETURN count(f) AS n"))
                .isZero();
    }

    @Test
    @Order(5)
    void flowTiersLinkTheRightKinds() {
        Map<String, String> shapes = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (g)<-[:FROM]-(f:FundFlow)-[:TO]->(r), (f)-[:OF_FUND]->(:Fund)
                    RETURN DISTINCT f.flowType AS type,
                           coalesce(g.level, g.type) + '>' + coalesce(r.level, r.type) AS shape ORDER BY shape""")
                    .list().forEach(r -> shapes.merge(r.get("type").asString(), r.get("shape").asString(),
                            (a, b) -> a + "," + b));
        }
        assertThat(shapes).containsExactlyInAnyOrderEntriesOf(Map.of("ALLOCATED", "PROVINCE>CITY",
                "TRANSFERRED", "CITY>COUNTY,COUNTY>CITY", "DISBURSED", "COUNTY>Project",
                "SPENT", "Project>BeneficiaryGroup"));
        assertThat(single("MATCH (f:FundFlow) RETURN count(f) AS n")).isEqualTo(10_000);
        // One cycle in S: the county hands money back to its city; seen from both of its nodes.
        assertThat(single("MATCH (c)<-[:FROM]-(:FundFlow)-[:TO]->(x)<-[:FROM]-(:FundFlow)-[:TO]->(c) "
                + "RETURN count(DISTINCT x) AS n")).isEqualTo(2);
    }

    @Test
    @Order(6)
    void theReadApiAnswersOnGeneratedData() {
        String chain = "query($id: ID!) { accountabilityChain(subject: $id) { complete top { id } parties { node { id } } } }";
        JsonNode deep = graphql.data(chain, Map.of("id", GraphGenerator.project(0))).path("accountabilityChain");
        assertThat(deep.path("complete").asBoolean()).isTrue();
        List<String> top = new ArrayList<>();
        deep.path("top").forEach(n -> top.add(n.path("id").asString()));
        assertThat(top).contains(Shapes.organization(0));
        JsonNode shallow = graphql.data(chain, Map.of("id", GraphGenerator.project(9))).path("accountabilityChain");
        assertThat(shallow.path("parties").size()).isLessThan(deep.path("parties").size());

        JsonNode trail = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN).data("""
                query($id: ID!) { moneyTrail(from: $id, maxDepth: 4) {
                  tiers { depth hops { flow { id } } } } }""", Map.of("id", GraphGenerator.provinceFund()))
                .path("moneyTrail");
        assertThat(trail.path("tiers").size()).isEqualTo(4);
        assertThat(trail.path("tiers").get(0).path("hops").size()).isEqualTo(3);
        assertThat(trail.path("tiers").get(3).path("hops").size()).isGreaterThan(0);
    }

    @Test
    @Order(100)
    void anInterruptedLoadResumesToTheSameGraph() {
        wipe();
        GraphGenerator.Result part = GraphGenerator.load(driver, Size.S, SEED, GraphGenerator.Listener.NONE,
                new GraphGenerator.Options(OPTIONS.batchSize(), 5));
        assertThat(part.complete()).isFalse();
        assertThat(counts()).isNotEqualTo(GraphGenerator.expectedCounts(Size.S, OPTIONS.batchSize()));
        GraphGenerator.Result rest = GraphGenerator.load(driver, Size.S, SEED, GraphGenerator.Listener.NONE, OPTIONS);
        assertThat(rest.complete()).isTrue();
        assertThat(part.totalRows() + rest.totalRows()).isEqualTo(first.totalRows());
        assertThat(counts()).isEqualTo(GraphGenerator.expectedCounts(Size.S, OPTIONS.batchSize()));
        assertThat(checksum()).isEqualTo(firstChecksum);
    }

    private void wipe() {
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Entity OR n:Citation OR n:GeneratorRun "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume();
        }
        assertThat(single("MATCH (n:Entity) RETURN count(n) AS n")).isZero();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Entity OR n:Citation UNWIND labels(n) AS label WITH label, count(*) AS n "
                    + "WHERE label <> 'Entity' RETURN label, n").list()
                    .forEach(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
        }
        return counts;
    }

    /** SHA-256 over a sample of nodes of every kind: their properties and their links. */
    private String checksum() {
        Shapes shapes = new Shapes(Size.S, SEED);
        List<String> ids = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int n = (int) shapes.count(kind);
            for (int i : new int[] { 0, 1, n / 3, n / 2, n - 1 }) {
                if (i < n) {
                    ids.add(shapes.fact(kind, i).id());
                }
            }
        }
        StringBuilder all = new StringBuilder();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (n:Entity) WHERE n.id IN $ids
                    RETURN n.id AS id, properties(n) AS props,
                           COLLECT { MATCH (n)-[r]-(m) RETURN type(r) + ':' + coalesce(m.id, '') + ':'
                                     + toString(startNode(r) = n) + ':' + reduce(s = '', c IN coalesce(r.citationIds, []) | s + c) AS l
                                     ORDER BY l } AS links
                    ORDER BY id""", Map.of("ids", ids)).list().forEach(r -> all.append(r.get("id").asString())
                    .append(new TreeMap<>(r.get("props").asMap())).append(r.get("links").asList()).append('\n'));
        }
        assertThat(all.toString()).contains(GraphGenerator.project(0), GraphGenerator.provinceFund());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (java.security.NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private long single(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }
}
