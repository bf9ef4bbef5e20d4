package org.moneygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moneygraph.schema.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The service's endpoints and startup work against a real Neo4j. Subclasses choose the database:
 * the embedded default, or a server in a container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "graph.seed.enabled=false")
abstract class ServiceEndpointsTests {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    SchemaMigrations migrations;

    @Autowired
    DatabaseSelectionProvider databases;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void graphqlAnswersOverHttpWithTheGraphqlResponseMediaType() {
        var response = http().post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("application/graphql-response+json"))
                .body(Map.of("query", "{ __typename serviceInfo { schemaFiles } }"))
                .retrieve().toEntity(String.class);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/graphql-response+json");
        assertThat(response.getBody()).contains("\"__typename\":\"Query\"").contains("V001__entity_constraints.cypher");
    }

    @Test
    void graphiqlAndThePrintedSchemaAreServed() {
        var graphiql = http().get().uri("/graphiql?path=/graphql").retrieve().toEntity(String.class);
        assertThat(graphiql.getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(graphiql.getBody()).containsIgnoringCase("graphiql");
        String schema = http().get().uri("/graphql/schema").retrieve().body(String.class);
        assertThat(schema).contains("type Query").contains("serviceInfo");
    }

    @Autowired
    org.moneygraph.graph.GraphReader reader;

    @Test
    void readsRunInReadTransactionsSoAClusterCanRouteThemToReaders() {
        // A standalone server (and the embedded database's in-process reads) refuse writes in a read
        // transaction, which proves the access mode.
        assertThatThrownBy(() -> reader.read("CREATE (n:ReadModeProbe) RETURN n", Map.of()))
                .isInstanceOf(org.neo4j.driver.exceptions.ClientException.class)
                .hasMessageMatching("(?is).*\\bread\\b.*");
        assertThat(driver.executableQuery("MATCH (n:ReadModeProbe) RETURN count(n) AS c").execute().records()
                .getFirst().get("c").asInt()).isZero();
    }

    @Test
    void healthIncludesTheDatabase() {
        String health = http().get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).contains("\"status\":\"UP\"").contains("\"neo4j\"").contains("\"server\"");
    }

    @Test
    void schemaIsAppliedOnceAndASecondRunChangesNothing() {
        Map<String, Object> before = schemaShape();
        assertThat((List<?>) before.get("files")).hasSize(migrations.load().size());
        assertThat(indexNames()).contains("entity_text", "citation_quote", "entity_id");

        SchemaMigrations.Result again = migrations.apply();

        assertThat(again.applied()).isEmpty();
        assertThat(again.skipped()).hasSize(migrations.load().size());
        assertThat(schemaShape()).isEqualTo(before);
    }

    @Test
    void theFullTextIndexUsesTheCjkAnalyzer() {
        var analyzers = driver.executableQuery("""
                SHOW FULLTEXT INDEXES YIELD name, options
                RETURN name, options.indexConfig.`fulltext.analyzer` AS analyzer ORDER BY name""")
                .execute().records().stream().map(r -> r.get("name").asString() + "=" + r.get("analyzer").asString())
                .toList();
        assertThat(analyzers).containsExactly("citation_quote=cjk", "entity_text=cjk");
    }

    @Test
    void aChangedFileThatWasAlreadyAppliedIsAnError(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("V900__probe.cypher");
        Files.writeString(file, "CREATE INDEX probe_a IF NOT EXISTS FOR (n:Probe) ON (n.a);\n", StandardCharsets.UTF_8);
        var probe = new SchemaMigrations(driver, databases, folder.toUri().toString());
        try {
            assertThat(probe.apply().applied()).containsExactly("V900__probe.cypher");
            assertThat(probe.apply().applied()).isEmpty();

            Files.writeString(file, "CREATE INDEX probe_b IF NOT EXISTS FOR (n:Probe) ON (n.b);\n", StandardCharsets.UTF_8);

            assertThatThrownBy(probe::apply).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("V900__probe.cypher was changed after it was applied");
            assertThat(indexNames()).contains("probe_a").doesNotContain("probe_b");
        }
        finally {
            driver.executableQuery("DROP INDEX probe_a IF EXISTS").execute();
            driver.executableQuery("MATCH (m:SchemaMigration {file: 'V900__probe.cypher'}) DELETE m").execute();
        }
    }

    private List<String> indexNames() {
        return driver.executableQuery("SHOW INDEXES YIELD name RETURN name ORDER BY name").execute().records()
                .stream().map(r -> r.get("name").asString()).toList();
    }

    private Map<String, Object> schemaShape() {
        var constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").execute()
                .records().stream().map(r -> r.get("name").asString()).toList();
        var files = driver.executableQuery(
                "MATCH (m:SchemaMigration) RETURN m.file AS file, m.checksum AS checksum, toString(m.appliedAt) AS at ORDER BY file")
                .execute().records().stream().map(r -> r.asMap()).toList();
        return Map.of("constraints", constraints, "indexes", indexNames(), "files", files);
    }
}
