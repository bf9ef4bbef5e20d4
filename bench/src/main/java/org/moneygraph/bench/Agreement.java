package org.moneygraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the floor and the peer give the service's answer, on the key fields, for the first few requests of a
 * query kind. Checked once, before timing.
 *
 * @param floor  "same" or what differed
 * @param peer   "same", what differed, or "n/a" when the peer cannot ask the question
 */
record Agreement(String floor, String peer) {

    static final int CHECKED = 3;

    static Agreement check(QueryKind kind, GraphQlClient ours, Floor floor, GraphQlClient peer) {
        String floorVerdict = "same";
        String peerVerdict = peer == null ? "n/a" : "same";
        for (int i = 0; i < CHECKED; i++) {
            Map<String, Object> variables = kind.variables().apply(i);
            List<String> expected = Answers.key(ours.post(kind.ours(), variables), kind.keyFields());
            if (floorVerdict.equals("same")) {
                floorVerdict = compare(expected, Answers.key(floor.ask(kind.floor(), variables), kind.keyFields()), variables);
            }
            if (peer != null && peerVerdict.equals("same")) {
                peerVerdict = compare(expected, Answers.key(peer.post(kind.peer(), variables), kind.keyFields()), variables);
            }
        }
        return new Agreement(floorVerdict, peerVerdict);
    }

    static String compare(List<String> expected, List<String> actual, Map<String, Object> variables) {
        if (expected.equals(actual)) {
            return "same";
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        return "differs for " + variables + ": missing " + abbreviate(missing) + ", extra " + abbreviate(extra);
    }

    private static String abbreviate(List<String> values) {
        return values.size() <= 4 ? values.toString() : values.subList(0, 4) + " and " + (values.size() - 4) + " more";
    }

    @Override
    public String toString() {
        return "floor " + floor + "; peer " + peer;
    }
}
