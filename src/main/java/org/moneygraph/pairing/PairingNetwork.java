package org.moneygraph.pairing;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Quantity;

/** The answer of {@code pairingNetwork}; graph nodes inside it are property maps with their sources. */
record PairingNetwork(Map<String, Object> around, int depth, List<Party> nodes, List<Edge> edges, Totals totals) {

    /** The GraphQL enum {@code PairingRole}. */
    enum Role {
        HELPER, HELPED, BOTH
    }

    record Party(Map<String, Object> node, Role role, int distance) {
    }

    /** An edge; its {@code sources} are the pairing's, or null when the read did not bring them. */
    record Edge(String helper, String helped, Map<String, Object> pairing, String mechanism, Period period,
            Quantity cadres, Quantity count, List<Map<String, Object>> funds, List<Map<String, Object>> projects,
            int hop, List<Object> sources) {
    }

    record Totals(int pairings, int parties, List<MechanismCount> byMechanism, CadreTotal cadres) {
    }

    record MechanismCount(String mechanism, int pairings) {
    }

    record CadreTotal(List<UnitTotal> known, int knownPairings, int maskedPairings, List<String> maskedTexts) {
    }

    record UnitTotal(String value, String unit) {
    }
}
