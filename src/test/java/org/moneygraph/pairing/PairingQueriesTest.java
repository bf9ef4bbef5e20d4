package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.Counted;
import org.moneygraph.support.QueryPlans;

import tools.jackson.databind.JsonNode;

/** The pairing queries start from indexes, and a network costs one query plus one per hop. */
class PairingQueriesTest extends PairingSeedTest {

    @Test
    void everyQueryStartsFromAnIndex() {
        QueryPlans.assertNoScans(driver, PairingQueries.START, Map.of("around", "Region:001-city"));
        QueryPlans.assertNoScans(driver, PairingQueries.HOP, Map.of("frontier", List.of("Region:001-city",
                "Region:001-guangzhou"), "seen", List.of("Pairing:001-pair-gz"), "withSources", true));
    }

    @Test
    void withoutSentencesTheNetworkIsTheSame() {
        String lean = """
                nodes { node { id ... on Region { name level } ... on Organization { name kind } } role distance }
                edges { helper helped mechanism period { text } cadres { text value masked } count { text }
                        pairing { id ... on Pairing { name } } funds { id name } projects { id name } }
                totals { pairings parties byMechanism { mechanism pairings } cadres { knownPairings maskedPairings } }""";
        String query = "query($around: ID!, $depth: Int) { pairingNetwork(around: $around, depth: $depth) { %s } }";
        int edges = 0;
        for (String around : List.of("Region:001-city", "Organization:001-jnu", "Region:000-county")) {
            Map<String, Object> variables = Map.of("around", around, "depth", 3);
            JsonNode alone = graphql.data(query.formatted(lean), variables).path("pairingNetwork");
            JsonNode read = graphql.data(query.formatted(lean + " sourced: edges { sources { quote } }"), variables)
                    .path("pairingNetwork");
            assertThat(alone.path("nodes")).as(around).isEqualTo(read.path("nodes"));
            assertThat(alone.path("edges")).as(around).isEqualTo(read.path("edges"));
            assertThat(alone.path("totals")).as(around).isEqualTo(read.path("totals"));
            // The read that selects sentences did read them.
            read.path("sourced").forEach(edge -> assertThat(edge.path("sources").size()).isPositive());
            edges += alone.path("edges").size();
        }
        assertThat(edges).isGreaterThan(3);
    }

    @Test
    void aNetworksListsCanBeCutAndTheEdgesSentencesAreLoadedForTheEdgesReturned() {
        String edge = "helper helped hop pairing { id } sources { quote start end document { id } }";
        // The pairings' own sentences, selected here, make the read bring every edge's sentences with it.
        String whole = "query($around: ID!) { pairingNetwork(around: $around, depth: 3) { nodes { node { id } distance } "
                + "edges { " + edge + " } read: edges { pairing { sources { quote } } } totals { pairings parties } } }";
        String cut = "query($around: ID!, $first: Int) { pairingNetwork(around: $around, depth: 3) { "
                + "nodes(first: $first) { node { id } distance } edges(first: $first) { " + edge + " } } }";
        int quoted = 0;
        for (String around : List.of("Region:001-city", "Region:000-county", "Organization:001-jnu")) {
            JsonNode all = graphql.data(whole, Map.of("around", around)).path("pairingNetwork");
            assertThat(all.path("edges").size()).isEqualTo(all.path("totals").path("pairings").asInt());
            for (int first : new int[] {0, 1, 2, 100}) {
                Counted answer = Counted.of(reader, () -> graphql.data(cut, Map.of("around", around, "first", first)));
                JsonNode head = answer.data().path("pairingNetwork");
                assertThat(head.path("nodes")).hasSize(Math.min(first, all.path("nodes").size()));
                assertThat(head.path("edges")).hasSize(Math.min(first, all.path("edges").size()));
                for (int i = 0; i < head.path("edges").size(); i++) {
                    // Loaded for the edges returned, the sentences are the ones the whole read gives.
                    assertThat(head.path("edges").get(i)).as(around).isEqualTo(all.path("edges").get(i));
                    quoted += head.path("edges").get(i).path("sources").size();
                }
                for (int i = 0; i < head.path("nodes").size(); i++) {
                    assertThat(head.path("nodes").get(i)).isEqualTo(all.path("nodes").get(i));
                }
                // The start, a query per hop (three), and at most one for the sentences of the edges returned.
                assertThat(answer.roundTrips()).isLessThanOrEqualTo(1 + 3 + 1);
            }
        }
        assertThat(quoted).isPositive();
        for (int refused : new int[] {-1, 101}) {
            JsonNode error = graphql.post(cut, Map.of("around", "Region:001-city", "first", refused)).path("errors").get(0);
            assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(error.path("extensions").path("field").asString()).isEqualTo("first");
        }
    }

    /** Selects only what the pairing queries return, so no relation field adds a query of its own. */
    private long roundTrips(String around, int depth) {
        long before = reader.roundTrips();
        graphql.data("""
                query($around: ID!, $depth: Int) { pairingNetwork(around: $around, depth: $depth) {
                  nodes { node { id } distance } edges { helper helped funds { id } projects { id } pairing { sources { quote } } }
                  totals { pairings } } }""", Map.of("around", around, "depth", depth));
        return reader.roundTrips() - before;
    }

    @Test
    void eachHopIsOneQueryForTheWholeFrontier() {
        assertThat(roundTrips("Region:001-city", 1)).isEqualTo(2);
        assertThat(roundTrips("Region:001-city", 2)).isEqualTo(3);
    }

    @Test
    void theWalkStopsWhenNoPartyIsLeftToVisit() {
        // 暨南大学 has one pairing: after it, the frontier is empty and no further query is made.
        assertThat(roundTrips("Organization:001-jnu", 4)).isEqualTo(3);
    }
}
