package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the pairingNetwork tests on the seeded embedded database. The subclasses share this one
 * application context and ask through GraphQL over HTTP, as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PairingSeedTest {

    /** Every part of the answer the tests look at. */
    static final String NETWORK = """
            query($around: ID!, $depth: Int) {
              pairingNetwork(around: $around, depth: $depth) {
                around { id } depth
                nodes { node { id ... on Region { name masked level } ... on Organization { name kind } } role distance }
                edges { helper helped hop mechanism period { text year } cadres { text value unit masked }
                        count { text value masked } funds { id name } projects { id name }
                        pairing { id name } sources { quote document { id } } }
                totals { pairings parties byMechanism { mechanism pairings }
                         cadres { known { value unit } knownPairings maskedPairings maskedTexts } }
              }
            }""";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    GraphReader reader;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, PairingSeedTest.class);
    }

    @BeforeEach
    void client() {
        graphql = new GraphQl(port);
    }

    JsonNode network(String around, Integer depth) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("around", around);
        variables.put("depth", depth);
        return graphql.data(NETWORK, variables).path("pairingNetwork");
    }

    static JsonNode edge(JsonNode network, String pairingId) {
        List<JsonNode> found = new ArrayList<>();
        network.path("edges").forEach(e -> {
            if (e.path("pairing").path("id").asString().equals(pairingId)) {
                found.add(e);
            }
        });
        assertThat(found).as("edges of %s", pairingId).hasSize(1);
        return found.getFirst();
    }

    static JsonNode party(JsonNode network, String id) {
        List<JsonNode> found = new ArrayList<>();
        network.path("nodes").forEach(n -> {
            if (n.path("node").path("id").asString().equals(id)) {
                found.add(n);
            }
        });
        assertThat(found).as("nodes of %s", id).hasSize(1);
        return found.getFirst();
    }

    static List<String> pairingIds(JsonNode network) {
        List<String> ids = new ArrayList<>();
        network.path("edges").forEach(e -> ids.add(e.path("pairing").path("id").asString()));
        return ids;
    }

    static List<String> partyIds(JsonNode network) {
        List<String> ids = new ArrayList<>();
        network.path("nodes").forEach(n -> ids.add(n.path("node").path("id").asString()));
        return ids;
    }
}
