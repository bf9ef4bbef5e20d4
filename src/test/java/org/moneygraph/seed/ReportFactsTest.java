package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the per-report fact tests. They share one application context on the seeded embedded
 * database, and ask only through GraphQL, as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ReportFactsTest {

    static final String QUANTITY = "{ text value yuan unit qualifier masked asOf year }";

    @LocalServerPort
    int port;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ReportFactsTest.class);
    }

    @BeforeEach
    void client() {
        graphql = new GraphQl(port);
    }

    /** A node by global ID with the given selection, plus its sources; fails when it does not exist. */
    JsonNode node(String id, String selection) {
        JsonNode node = graphql.data("query($id: ID!) { node(id: $id) { id ... on Sourced { sources { quote start end document { id title } } } "
                + selection + " } }", Map.of("id", id)).path("node");
        assertThat(node.isNull() || node.isMissingNode()).as("node %s exists", id).isFalse();
        return node;
    }

    /** Asserts that one of the node's sources quotes the given words, from the given document. */
    static void assertQuoted(JsonNode node, String documentId, String words) {
        List<String> quotes = new ArrayList<>();
        node.path("sources").forEach(s -> {
            if (s.path("document").path("id").asString().equals(documentId)) {
                quotes.add(s.path("quote").asString());
            }
        });
        assertThat(quotes).as("sources of %s", node.path("id").asString()).anyMatch(q -> q.contains(words));
    }

    static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(n -> names.add(n.path("name").asString()));
        return names;
    }
}
