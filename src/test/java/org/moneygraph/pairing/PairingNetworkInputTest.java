package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Depths outside 1..max, starting nodes of the wrong type and unknown IDs are the client's to fix. */
class PairingNetworkInputTest extends PairingSeedTest {

    private JsonNode error(String around, Integer depth) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("around", around);
        variables.put("depth", depth);
        JsonNode response = graphql.post("query($around: ID!, $depth: Int) { pairingNetwork(around: $around, depth: $depth) { depth } }",
                variables);
        assertThat(response.path("errors")).as("errors of %s at depth %s", around, depth).hasSize(1);
        return response.path("errors").get(0);
    }

    private static void assertBadInput(JsonNode error, String field) {
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo(field);
    }

    @Test
    void depthBeyondTheServerMaximumIsBadInput() {
        JsonNode error = error("Region:001-city", 5);
        assertBadInput(error, "depth");
        assertThat(error.path("message").asString()).contains("between 1 and 4");
    }

    @Test
    void depthBelowOneIsBadInput() {
        assertBadInput(error("Region:001-city", 0), "depth");
        assertBadInput(error("Region:001-city", -1), "depth");
    }

    @Test
    void theServerMaximumItselfIsAllowed() {
        assertThat(network("Region:001-city", 4).path("depth").asInt()).isEqualTo(4);
    }

    @Test
    void aFundIsNotAStartingPoint() {
        JsonNode error = error("Fund:001-fund-charity", 1);
        assertBadInput(error, "around");
        assertThat(error.path("message").asString()).contains("is a Fund");
    }

    @Test
    void anUnknownStartingPointIsNotFound() {
        JsonNode error = error("Region:001-nowhere", 1);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("around");
    }

    @Test
    void aBlankStartingPointIsBadInput() {
        assertBadInput(error(" ", 1), "around");
    }
}
