package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the pairingNetwork tests on the seeded embedded database. The subclasses share this one
 * application context and ask through GraphQL over HTTP, as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PairingSeedTest extends ServiceTest {

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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, PairingSeedTest.class);
    }

    JsonNode network(String around, Integer depth) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("around", around);
        variables.put("depth", depth);
        return graphql.data(NETWORK, variables).path("pairingNetwork");
    }

    /** The one edge of the pairing. */
    static JsonNode edge(JsonNode network, String pairingId) {
        return only(network.path("edges"), "pairing", pairingId);
    }

    /** The one node of the party. */
    static JsonNode party(JsonNode network, String id) {
        return only(network.path("nodes"), "node", id);
    }

    /** Asserts who helps whom by which mechanism, and that a source quotes the given words. */
    static void assertPairing(JsonNode edge, String mechanism, String helper, String helped, String words) {
        assertThat(edge.path("mechanism").asString()).isEqualTo(mechanism);
        assertThat(edge.path("helper").asString()).isEqualTo(helper);
        assertThat(edge.path("helped").asString()).isEqualTo(helped);
        assertThat(edge.path("sources").findValues("quote").stream().map(JsonNode::asString))
                .anyMatch(q -> q.contains(words));
    }

    private static JsonNode only(JsonNode list, String field, String id) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(item -> {
            if (item.path(field).path("id").asString().equals(id)) {
                found.add(item);
            }
        });
        assertThat(found).as("%s %s in %s", field, id, list).hasSize(1);
        return found.getFirst();
    }

    static List<String> pairingIds(JsonNode network) {
        List<String> ids = new ArrayList<>();
        network.path("edges").forEach(e -> ids.add(e.path("pairing").path("id").asString()));
        return ids;
    }
}
