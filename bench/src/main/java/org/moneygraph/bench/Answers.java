package org.moneygraph.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reduces an answer, from GraphQL JSON or from Cypher records, to the sorted list of {@code field=value} pairs
 * of the chosen fields found anywhere in it, so that differently shaped answers to one question compare equal.
 * Numbers compare by value ({@code "30842000000"} equals {@code 3.0842E10}).
 */
final class Answers {

    private Answers() {
    }

    static List<String> key(Object answer, Set<String> fields) {
        List<String> pairs = new ArrayList<>();
        walk(answer, fields, pairs);
        pairs.sort(null);
        return pairs;
    }

    private static void walk(Object value, Set<String> fields, List<String> pairs) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, child) -> {
                if (fields.contains(String.valueOf(name)) && !(child instanceof Map || child instanceof Collection)) {
                    pairs.add(name + "=" + normalize(child));
                } else {
                    walk(child, fields, pairs);
                }
            });
        } else if (value instanceof Collection<?> list) {
            list.forEach(child -> walk(child, fields, pairs));
        }
    }

    private static String normalize(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (value instanceof Number || text.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return text;
    }
}
