package org.moneygraph.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.json.JsonMapper;

/**
 * Property comparison and the {@code before}/{@code after} JSON of change history. The database hands back
 * integers as {@code Long} and lists as lists, so values are compared by meaning, not by Java class: an
 * unchanged row must compare equal, or a second import would write history for nothing.
 */
public final class Changes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Changes() {
    }

    /** The keys of {@code wanted} whose value differs from {@code existing}; a null value equals a missing one. */
    public static List<String> changedKeys(Map<String, Object> existing, Map<String, Object> wanted) {
        return wanted.keySet().stream().filter(key -> !same(existing.get(key), wanted.get(key))).toList();
    }

    public static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            boolean integral = isIntegral(x) && isIntegral(y);
            return integral ? x.longValue() == y.longValue() : Double.compare(x.doubleValue(), y.doubleValue()) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static boolean isIntegral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte;
    }

    /** The given keys of a property map, nulls kept, as the JSON string a {@code Change} stores. */
    public static String json(Map<String, Object> props, List<String> keys) {
        Map<String, Object> picked = new LinkedHashMap<>();
        keys.forEach(key -> picked.put(key, props == null ? null : props.get(key)));
        return JSON.writeValueAsString(picked);
    }

    public static String json(Map<String, Object> props) {
        return JSON.writeValueAsString(props);
    }
}
