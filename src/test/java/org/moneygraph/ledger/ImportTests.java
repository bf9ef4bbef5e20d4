package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the import tests: one application context on its own embedded database with the seed, a small
 * file-size limit (so the too-large file stays small) and small batches (so several batches run). Mutations
 * run through the GraphQL engine in this thread, with the caller's authorities in the security context, as
 * the security filter chain would leave them.
 */
@SpringBootTest
abstract class ImportTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path TEMPLATES = Path.of("seed", "templates");
    static final String EDITOR = "ROLE_EDITOR";
    static final String REPORT = """
            { batchId fileName kind dryRun outcome documentId rows created changed unchanged rejected
              errors { row column header code message } errorsTruncated items { row id type action } millis }""";
    static final String IMPORT_LEDGER = """
            mutation($fileName: String!, $content: String!, $kind: LedgerKind, $dryRun: Boolean) {
              importLedger(fileName: $fileName, contentBase64: $content, kind: $kind, dryRun: $dryRun) %s
            }""".formatted(REPORT);
    static final String IMPORT_BUNDLE = """
            mutation($content: String!, $dryRun: Boolean) { importBundle(content: $content, dryRun: $dryRun) %s }"""
            .formatted(REPORT);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ImportTests.class);
        registry.add("graph.import.max-file-size", () -> "1MB");
        registry.add("graph.import.batch-size", () -> "100");
    }

    @Autowired
    ExecutionGraphQlService graphQl;

    @Autowired
    Driver driver;

    /** The whole response ({@code data}, {@code errors}) of a request made by a user with these authorities. */
    JsonNode execute(String document, Map<String, Object> variables, String... authorities) {
        if (authorities.length > 0) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "tester", null, AuthorityUtils.createAuthorityList(authorities)));
        }
        try {
            var response = graphQl.execute(new DefaultExecutionGraphQlRequest(document, null, variables, null,
                    "test", Locale.ROOT)).block();
            return JSON.valueToTree(response.toMap());
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The report of a ledger import that must not fail as a request. */
    JsonNode importLedger(Path file, boolean dryRun, String... authorities) {
        return importLedger(file.getFileName().toString(), bytes(file), dryRun, authorities);
    }

    JsonNode importLedger(String fileName, byte[] content, boolean dryRun, String... authorities) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("fileName", fileName);
        variables.put("content", Base64.getEncoder().encodeToString(content));
        variables.put("dryRun", dryRun);
        JsonNode response = execute(IMPORT_LEDGER, variables, authorities.length == 0 ? new String[] { EDITOR } : authorities);
        assertThat(response.path("errors").isMissingNode() || response.path("errors").isEmpty())
                .as("errors: %s", response.path("errors")).isTrue();
        return response.path("data").path("importLedger");
    }

    JsonNode importBundle(String content, boolean dryRun) {
        JsonNode response = execute(IMPORT_BUNDLE, Map.of("content", content, "dryRun", dryRun), EDITOR);
        assertThat(response.path("errors").isMissingNode() || response.path("errors").isEmpty())
                .as("errors: %s", response.path("errors")).isTrue();
        return response.path("data").path("importBundle");
    }

    /** Every node and relationship, counted: equal censuses mean nothing was written. */
    Map<String, Object> census() {
        return driver.executableQuery("""
                MATCH (n) OPTIONAL MATCH (n)-[r]->()
                RETURN count(DISTINCT n) AS nodes, count(r) AS relationships""").execute().records().getFirst().asMap();
    }

    List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        List<Map<String, Object>> rows = new ArrayList<>();
        driver.executableQuery(cypher).withParameters(parameters).execute().records().forEach(r -> rows.add(r.asMap()));
        return rows;
    }

    Map<String, Object> node(String id) {
        List<Map<String, Object>> found = rows("MATCH (n:Entity {id: $id}) RETURN properties(n) AS props",
                Map.of("id", id));
        assertThat(found).as("node %s", id).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> props = (Map<String, Object>) found.getFirst().get("props");
        return props;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static byte[] csv(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
