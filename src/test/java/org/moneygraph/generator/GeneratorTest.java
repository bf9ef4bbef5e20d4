package org.moneygraph.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.moneygraph.AccountabilityGraphApplication;
import org.moneygraph.config.EmbeddedNeo4j;
import org.moneygraph.generator.Shapes.Kind;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.SchemaEnums;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Driver;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.graphql.execution.GraphQlSource;
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

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    EmbeddedNeo4j embedded;

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
        long sourced = single(SOURCED);
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

        // Every value the generator writes into an enum property must be one the schema can answer with.
        JsonNode summary = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN).data("""
                query($id: ID!) { fundSummary(scope: $id, groupBy: [SOURCE_TYPE]) { rows { sourceType flowCount } } }""",
                Map.of("id", GraphGenerator.province())).path("fundSummary");
        List<String> sourceTypes = new ArrayList<>();
        summary.path("rows").forEach(r -> sourceTypes.add(r.path("sourceType").asString()));
        assertThat(sourceTypes).containsExactlyInAnyOrder("SUBSIDY", "FISCAL_BUDGET", "SPECIAL_BOND", "ASSISTANCE_FUND");
    }

    @Test
    @Order(6)
    void everyEnumPropertyHoldsAValueOfItsSchemaEnum() {
        SchemaEnums.assertAllFit(driver, graphQlSource.schema());
        // And through the API: a pairing network answers with its mechanisms (it failed on '万企兴万村').
        List<String> helped = driver.executableQuery("""
                MATCH (p:Pairing)-[:HELPED]->(v) WITH v, count(p) AS n ORDER BY n DESC, v.id RETURN v.id AS id LIMIT 5""")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        List<String> mechanisms = new ArrayList<>();
        for (String id : helped) {
            graphql.data("query($id: ID!) { pairingNetwork(around: $id, depth: 2) { edges { mechanism } } }",
                    Map.of("id", id)).path("pairingNetwork").path("edges")
                    .forEach(edge -> mechanisms.add(edge.path("mechanism").asString()));
        }
        assertThat(mechanisms).isNotEmpty().containsOnly("TEN_THOUSAND_ENTERPRISES", "COUNTERPART_ASSISTANCE");
    }

    @Test
    @Order(6)
    void aProvincesTargetsFitInASmallBound() {
        // A county's worth (1,000 projects, 3,000 indicators) under one province. The scope's lists used to be
        // made distinct with a UNION whose rows the database keyed on the whole list of anchors: 162 MB for this
        // size, and a city of L refused under the default bound. Then the items came collected into lists, refused
        // under this 6 MB bound (1.3 GB for the province of L); now they come a row each.
        Config config = ((GraphDatabaseAPI) embedded.database(null)).getDependencyResolver().resolveDependency(Config.class);
        config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(6), "GeneratorTest");
        try {
            JsonNode lean = graphql.data("""
                    query($id: ID!) { targetProgress(scope: $id) {
                      summary { indicators projects behindReasons { count } } behind(first: 5) { reason node { id } } } }""",
                    Map.of("id", GraphGenerator.province())).path("targetProgress");
            assertThat(lean.path("summary").path("indicators").asInt()).isEqualTo(3_000);
            assertThat(lean.path("summary").path("projects").asInt()).isEqualTo(1_000);
            assertThat(lean.path("behind")).hasSize(5);
            JsonNode sourced = graphql.data("""
                    query($id: ID!) { targetProgress(scope: $id) { behind(first: 100) { node { id } sources { quote } } } }""",
                    Map.of("id", GraphGenerator.county(0))).path("targetProgress").path("behind");
            assertThat(sourced).hasSize(100);
            sourced.forEach(item -> assertThat(item.path("sources").size()).isPositive());
        } finally {
            config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, 0L, "GeneratorTest");
        }
    }

    /** Entities whose citation quotes their passage verbatim, at its offsets, in their own document. */
    static final String SOURCED = """
            MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Passage
              AND EXISTS { MATCH (n)-[:SOURCED_FROM]->(c:Citation)-[:IN_PASSAGE]->(p:Passage)
                           <-[:HAS_PASSAGE]-(d:Document {key: n.documentKey})
                           WHERE p.text CONTAINS c.quote
                             AND substring(p.text, c.start - p.start, c.end - c.start) = c.quote }
            RETURN count(n) AS n""";

    @Test
    @Order(7)
    void theBulkPathRefusesAnExternalServer() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int exit = GenerateCommand.run(AccountabilityGraphApplication.class, new String[] { "generate", "--size=S",
                "--bulk", "--spring.neo4j.uri=bolt://127.0.0.1:1" }, new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("names an external server")
                .contains("without --bulk");
    }

    /**
     * The offline path on S, after an offline run that stopped once the importer was done and before the DBMS
     * opened the store (a store file deleted too, as if killed mid-import): it starts again from nothing and
     * writes the graph that the transactional load of this class wrote, then refuses to import over it.
     */
    @Test
    @Order(8)
    void anInterruptedBulkRunRestartsAndWritesTheSameGraph() throws Exception {
        Path home = TestDatabases.freshFolder("GeneratorTest-bulk");
        BulkGenerator.Options options = new BulkGenerator.Options(OPTIONS.batchSize(), "512m");
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        BulkGenerator.importOffline(home, Size.S, SEED, options, quiet);
        assertThat(BulkGenerator.unfinished(home)).isTrue();
        Files.delete(BulkGenerator.databaseFolder(home).resolve("neostore.relationshipstore.db"));

        SpringApplication app = new SpringApplication(AccountabilityGraphApplication.class);
        app.setDefaultProperties(GenerateCommand.AFTER_IMPORT);
        String[] args = { "--graph.embedded.home=" + home, "--graph.embedded.bolt-port=0",
                "--graph.embedded.pagecache-memory=64m", "--graph.seed.enabled=false", "--server.port=0",
                "--graph.security.admin-token=" + TestDatabases.ADMIN_TOKEN };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, Object> seen = new TreeMap<>();
        int exit = GenerateCommand.bulk(app, Size.S, SEED, OPTIONS.batchSize(), args,
                new PrintStream(log, true, StandardCharsets.UTF_8), context -> {
                    Driver bulk = context.getBean(Driver.class);
                    seen.put("counts", counts(bulk));
                    seen.put("checksum", checksum(bulk));
                    seen.put("relationships", relationshipCounts(bulk));
                    seen.put("sourced", single(bulk, SOURCED));
                    seen.put("notOnline", single(bulk, "SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS n"));
                    seen.put("constraints", single(bulk, "SHOW CONSTRAINTS YIELD name RETURN count(*) AS n"));
                    seen.put("samples", samples(bulk));
                    seen.put("fulltext", single(bulk, FULLTEXT));
                    seen.put("run", bulk.executableQuery("MATCH (r:GeneratorRun) RETURN r.done AS done, r.mode AS mode, "
                            + "r.size AS size").execute().records().stream().map(r -> r.asMap().toString()).toList());
                    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
                    seen.put("trail", trail(port));
                });
        String printed = log.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("did not finish", "deleting its partial database", "flows/s", "indexes online");
        assertThat(BulkGenerator.unfinished(home)).isFalse();

        assertThat(seen.get("counts")).isEqualTo(GraphGenerator.expectedCounts(Size.S, OPTIONS.batchSize()))
                .isEqualTo(counts());
        assertThat(seen.get("checksum")).isEqualTo(firstChecksum);
        assertThat(seen.get("relationships")).isEqualTo(relationshipCounts(driver));
        assertThat(seen.get("sourced")).isEqualTo(single(SOURCED)).isEqualTo(15_132L);
        assertThat(seen.get("notOnline")).isEqualTo(0L);
        assertThat(seen.get("constraints")).isEqualTo(single("SHOW CONSTRAINTS YIELD name RETURN count(*) AS n"));
        assertThat(seen.get("samples")).isEqualTo(samples(driver));
        assertThat((Long) seen.get("fulltext")).isEqualTo(single(FULLTEXT)).isPositive();
        assertThat(seen.get("run")).isEqualTo(List.of("{done=true, mode=bulk, size=S}"));
        assertThat(seen.get("trail")).isEqualTo(trail(port)).asString().contains("yuan");

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(GenerateCommand.run(AccountabilityGraphApplication.class, new String[] { "generate", "--size=S",
                "--bulk", "--graph.embedded.home=" + home }, new PrintStream(again, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already exists")
                .contains("refuses to import into it");
    }

    static final String FULLTEXT = """
            CALL db.index.fulltext.queryNodes('citation_quote', '"项目资金拨付"') YIELD node RETURN count(node) AS n""";

    /** Relationships per type, and per type those whose citationIds name a citation that exists. */
    private static Map<String, Long> relationshipCounts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        driver.executableQuery("""
                MATCH ()-[r]->() WITH type(r) AS type, r.citationIds AS cited
                RETURN type, count(*) AS n, count(cited) AS cited""").execute().records().forEach(r -> {
                    counts.put(r.get("type").asString(), r.get("n").asLong());
                    counts.put(r.get("type").asString() + " cited", r.get("cited").asLong());
                });
        return counts;
    }

    /** All properties of a masked flow, a project, a passage, a document and a citation with its passage text. */
    private static List<String> samples(Driver driver) {
        return driver.executableQuery("""
                MATCH (f:FundFlow {amountMasked: true}) WITH f ORDER BY f.id LIMIT 1
                MATCH (f)-[:SOURCED_FROM]->(c:Citation)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
                MATCH (j:Project {id: $project})
                RETURN [properties(f), properties(c), properties(p), properties(d), properties(j)] AS all""")
                .withParameters(Map.of("project", GraphGenerator.project(0))).execute().records().stream()
                .flatMap(r -> r.get("all").asList(v -> new TreeMap<>(v.asMap()).toString()).stream()).toList();
    }

    /** moneyTrail from the province's fund, as the API answers it, hops in a stable order. */
    private static String trail(int port) {
        JsonNode trail = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN).data("""
                query($id: ID!) { moneyTrail(from: $id, maxDepth: 4) {
                  totals { flowCount yuan complete maskedCount }
                  tiers { depth totals { flowCount yuan maskedCount } hops { flow { id } } } } }""",
                Map.of("id", GraphGenerator.provinceFund())).path("moneyTrail");
        assertThat(trail.path("tiers").size()).isEqualTo(4);
        List<String> tiers = new ArrayList<>();
        List<String> hops = new ArrayList<>();
        trail.path("tiers").forEach(t -> {
            tiers.add(t.path("totals").toString());
            t.path("hops").forEach(h -> hops.add(h.path("flow").path("id").asString()));
        });
        hops.sort(null);
        return trail.path("totals") + " " + tiers + " " + hops;
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
        return counts(driver);
    }

    private static Map<String, Long> counts(Driver driver) {
        Map<String, Long> counts = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("MATCH (n) WHERE n:Entity OR n:Citation UNWIND labels(n) AS label WITH label, count(*) AS n "
                    + "WHERE label <> 'Entity' RETURN label, n").list()
                    .forEach(r -> counts.put(r.get("label").asString(), r.get("n").asLong()));
        }
        return counts;
    }

    private String checksum() {
        return checksum(driver);
    }

    /** SHA-256 over a sample of nodes of every kind: their properties and their links. */
    private static String checksum(Driver driver) {
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
        return single(driver, cypher);
    }

    private static long single(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get("n").asLong();
        }
    }
}
