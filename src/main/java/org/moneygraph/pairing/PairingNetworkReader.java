package org.moneygraph.pairing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.graph.Quantity;
import org.moneygraph.pairing.PairingNetwork.Edge;
import org.moneygraph.pairing.PairingNetwork.Party;
import org.moneygraph.pairing.PairingNetwork.Role;
import org.springframework.stereotype.Component;

/**
 * Walks the pairings outward hop by hop, breadth first, in one read transaction: one query for the
 * starting parties and one per hop for the whole frontier. Pairings already reached are excluded, so a
 * ring of pairings ends and each pairing is listed once.
 */
@Component
class PairingNetworkReader {

    private static final Set<String> AROUND_TYPES = Set.of("Region", "Organization", "Pairing");

    private final GraphReader reader;

    PairingNetworkReader(GraphReader reader) {
        this.reader = reader;
    }

    /** What the transaction found; {@code type} without {@code around} means the node is of the wrong type. */
    private record Walk(Map<String, Object> around, String type, List<Edge> edges, Map<String, Integer> distances,
            Map<String, Map<String, Object>> parties) {
    }

    /** The network; the sentences of its pairings, parties, funds and projects only when {@code withSources}. */
    PairingNetwork read(String around, int depth, boolean withSources) {
        // Errors are raised after the transaction, so that they reach the client as they are.
        Walk walk = reader.readTransaction(tx -> walk(tx, around, depth, withSources));
        if (walk.type() == null) {
            throw new NotFoundException("around", "no node has the ID " + around);
        }
        if (walk.around() == null) {
            throw new InvalidInputException("around", "must be a Region, Organization or Pairing; " + around + " is a "
                    + walk.type());
        }
        return new PairingNetwork(walk.around(), depth, parties(walk), walk.edges(), totals(walk));
    }

    @SuppressWarnings("unchecked")
    private static Walk walk(GraphReader.Reads tx, String around, int depth, boolean withSources) {
        List<Map<String, Object>> start = tx.run(PairingQueries.START, Map.of("around", around));
        if (start.isEmpty()) {
            return new Walk(null, null, List.of(), Map.of(), Map.of());
        }
        String type = (String) start.getFirst().get("type");
        if (!AROUND_TYPES.contains(type)) {
            return new Walk(null, type, List.of(), Map.of(), Map.of());
        }
        Map<String, Integer> distances = new HashMap<>();
        List<String> frontier = new ArrayList<>((List<String>) start.getFirst().get("starts"));
        frontier.forEach(id -> distances.put(id, 0));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            for (Map<String, Object> row : tx.run(PairingQueries.HOP, Map.of("frontier", frontier, "seen", List.copyOf(seen),
                    "withSources", withSources))) {
                seen.add((String) row.get("id"));
                Map<String, Object> helper = (Map<String, Object>) row.get("helper");
                Map<String, Object> helped = (Map<String, Object>) row.get("helped");
                for (Map<String, Object> party : List.of(helper, helped)) {
                    String id = (String) party.get("id");
                    parties.putIfAbsent(id, party);
                    if (distances.putIfAbsent(id, hop) == null) {
                        next.add(id);
                    }
                }
                edges.add(edge(row, helper, helped, hop));
            }
            frontier = next;
        }
        return new Walk((Map<String, Object>) start.getFirst().get("around"), type, edges, distances, parties);
    }

    @SuppressWarnings("unchecked")
    private static Edge edge(Map<String, Object> row, Map<String, Object> helper, Map<String, Object> helped, int hop) {
        Map<String, Object> pairing = (Map<String, Object>) row.get("pairing");
        return new Edge((String) helper.get("id"), (String) helped.get("id"), pairing, (String) pairing.get("mechanism"),
                Period.of(pairing, "period"), Quantity.fromProperties(pairing, "cadres"),
                Quantity.fromProperties(pairing, "count"), (List<Map<String, Object>>) row.get("funds"),
                (List<Map<String, Object>>) row.get("projects"), hop, (List<Object>) pairing.get("__sources"));
    }

    /** Each party once, nearest first, with the role it plays in the edges shown. */
    private static List<Party> parties(Walk walk) {
        Set<String> helpers = new LinkedHashSet<>();
        Set<String> helped = new LinkedHashSet<>();
        walk.edges().forEach(e -> {
            helpers.add(e.helper());
            helped.add(e.helped());
        });
        return walk.parties().entrySet().stream().map(e -> {
            String id = e.getKey();
            Role role = helpers.contains(id) && helped.contains(id) ? Role.BOTH : helpers.contains(id) ? Role.HELPER : Role.HELPED;
            return new Party(e.getValue(), role, walk.distances().get(id));
        }).sorted(Comparator.comparingInt(Party::distance).thenComparing(p -> (String) p.node().get("id"))).toList();
    }

    private static PairingNetwork.Totals totals(Walk walk) {
        Map<String, Integer> mechanisms = new TreeMap<>();
        Map<String, BigDecimal> cadres = new TreeMap<>();
        List<String> masked = new ArrayList<>();
        int known = 0;
        for (Edge edge : walk.edges()) {
            mechanisms.merge(edge.mechanism(), 1, Integer::sum);
            Quantity figure = edge.cadres();
            if (figure == null) {
                continue;
            }
            // A masked figure has no value; it is counted apart, never added as zero.
            if (figure.masked() || figure.value() == null) {
                masked.add(figure.text());
            }
            else {
                known++;
                cadres.merge(Objects.requireNonNullElse(figure.unit(), ""), figure.value(), BigDecimal::add);
            }
        }
        return new PairingNetwork.Totals(walk.edges().size(), walk.parties().size(),
                mechanisms.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(e -> new PairingNetwork.MechanismCount(e.getKey(), e.getValue())).toList(),
                new PairingNetwork.CadreTotal(cadres.entrySet().stream()
                        .map(e -> new PairingNetwork.UnitTotal(e.getValue().toPlainString(), e.getKey().isEmpty() ? null : e.getKey()))
                        .toList(), known, masked.size(), masked));
    }
}
