package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.QueryPlans;

/** The pairing queries start from indexes, and a network costs one query plus one per hop. */
class PairingQueriesTest extends PairingSeedTest {

    @Test
    void everyQueryStartsFromAnIndex() {
        QueryPlans.assertNoScans(driver, PairingQueries.START, Map.of("around", "Region:001-city"));
        QueryPlans.assertNoScans(driver, PairingQueries.HOP, Map.of("frontier", List.of("Region:001-city",
                "Region:001-guangzhou"), "seen", List.of("Pairing:001-pair-gz")));
    }

    /** Selects only what the pairing queries return, so no relation field adds a query of its own. */
    private long roundTrips(String around, int depth) {
        long before = reader.roundTrips();
        graphql.data("""
                query($around: ID!, $depth: Int) { pairingNetwork(around: $around, depth: $depth) {
                  nodes { node { id } distance } edges { helper helped funds { id } projects { id } sources { quote } }
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
