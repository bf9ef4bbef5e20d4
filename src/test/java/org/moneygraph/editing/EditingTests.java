package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the write tests: one application context on the seeded embedded database, shared by every
 * editing test class. GraphQL runs in-process on the test's own thread, with the Spring Security context
 * set there, so the actor the services see is the one each test chooses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class EditingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Report 003 (通江县): quotes, a figure and a period the tests cite. */
    static final String DOC = "Document:003";
    static final String QUOTE = "投入资金1785万元";
    static final String PERIOD_QUOTE = "2024年累计兑付教育资助资金13102人、1317.05万元";
    static final String TONGJIANG = "Region:003-tongjiang";
    static final String SIPING = "Region:003-sipingxiang";
    static final String OTHER_COUNTY = "Region:000-county";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, EditingTests.class);
    }

    @Autowired
    ExecutionGraphQlService service;

    @Autowired
    Driver driver;

    ExecutionGraphQlServiceTester tester;

    @BeforeEach
    void editor() {
        tester = ExecutionGraphQlServiceTester.create(service);
        as("editor-1", "ROLE_EDITOR");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Acts as this user on the current thread from now on. */
    static void as(String name, String... authorities) {
        List<SimpleGrantedAuthority> granted = new ArrayList<>();
        for (String authority : authorities) {
            granted.add(new SimpleGrantedAuthority(authority));
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(name, null, granted));
    }

    /** The whole response, data and errors, as JSON. */
    JsonNode execute(String document, Map<String, Object> variables) {
        Map<String, Object> response = tester.document(document).variables(variables).execute().returnResponse().toMap();
        return JSON.valueToTree(response);
    }

    /** The data of a request that must succeed. */
    JsonNode data(String document, Map<String, Object> variables) {
        JsonNode response = execute(document, variables);
        assertThat(response.path("errors").isMissingNode() || response.path("errors").isEmpty())
                .as("errors: %s", response.path("errors")).isTrue();
        return response.path("data");
    }

    /** The single error of a request that must fail, with its data null. */
    JsonNode error(String document, Map<String, Object> variables) {
        JsonNode response = execute(document, variables);
        assertThat(response.path("errors").size()).as("errors of %s", response).isEqualTo(1);
        return response.path("errors").get(0);
    }

    static void assertError(JsonNode error, String code, String field) {
        assertThat(error.path("extensions").path("code").asString()).as("%s", error).isEqualTo(code);
        assertThat(error.path("extensions").path("field").asString()).as("%s", error).isEqualTo(field);
    }

    /** Nodes, relationships and the sum of versions: any write changes at least one. */
    List<Long> footprint() {
        try (var session = driver.session()) {
            var row = session.run("""
                    CALL () { MATCH (n) RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions }
                    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                    RETURN nodes, relationships, versions""").single();
            return List.of(row.get("nodes").asLong(), row.get("relationships").asLong(), row.get("versions").asLong());
        }
    }

    /** A source on report 003, as the inputs take it. */
    static Map<String, Object> source(String quote) {
        return Map.of("documentId", DOC, "quote", quote);
    }

    long count(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.run(cypher, params).single().get(0).asLong();
        }
    }
}
