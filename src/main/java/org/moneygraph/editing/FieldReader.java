package org.moneygraph.editing;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.Quantity;

/**
 * Checks the own fields of an entity input and turns them into node properties the way the bundle importer
 * stores them: scalars and enums as they are, figures flat under their field prefix, periods as text and
 * year. Only the fields present in the input are read, so an update touches nothing else.
 */
final class FieldReader {

    /** Units a figure may have after parsing; anything else is a typo or a unit the graph cannot add up. */
    static final Set<String> KNOWN_UNITS = Set.of("元", "户", "人", "个", "家", "条", "项", "次", "公里", "亩", "平方米",
            "平方公里", "吨", "头", "只", "%", "百分点", "个百分点", "人次", "支", "名", "所", "座", "处", "场", "批", "种",
            "类", "对", "位", "天", "小时", "年", "月", "件", "套", "台", "辆", "间", "栋", "株", "棵", "千瓦", "立方米", "米",
            "期", "门", "张", "份", "篇", "轮", "组", "村", "镇", "县", "℃");

    private static final Set<String> COMMON = Set.of("name", "masked", "note");
    /** Masking in a name as the bundle format defines it: xx, XX, *, or x next to a digit. */
    private static final java.util.regex.Pattern MASK = java.util.regex.Pattern.compile("xx|XX|\\*|[0-9][xX]|[xX][0-9]");

    private FieldReader() {
    }

    /**
     * The properties the present fields set, keyed by property name; a field given as null clears its
     * properties. {@code evidence} holds the quotes a figure's text must occur in and the report texts a
     * period's text must occur in.
     */
    static Map<String, Object> read(EntitySpec spec, Map<String, Object> input, SourceQuotes.Evidence evidence) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String field : COMMON) {
            if (input.containsKey(field)) {
                Object value = input.get(field);
                if (field.equals("masked") && value == null) {
                    value = false;
                }
                if (field.equals("name") && value != null && ((String) value).isBlank()) {
                    throw new InvalidInputException("input.name", "must not be blank (名称)");
                }
                props.put(field, value);
            }
        }
        for (String field : spec.scalars()) {
            if (!input.containsKey(field)) {
                continue;
            }
            Object value = input.get(field);
            Set<String> allowed = spec.enums().get(field);
            if (value != null && allowed != null && !allowed.contains(value.toString())) {
                throw new InvalidInputException("input." + field, "'" + value + "' is not one of "
                        + new java.util.TreeSet<>(allowed));
            }
            // "type" names the node's label on every node, so a responsibility keeps its own type apart.
            props.put(field.equals("type") ? "responsibilityType" : field, value);
        }
        for (String field : spec.quantities()) {
            if (input.containsKey(field)) {
                props.putAll(quantity("input." + field, field, asMap(input.get(field)), evidence.quotes()));
            }
        }
        for (String field : spec.periods()) {
            if (input.containsKey(field)) {
                props.putAll(period("input." + field, field, asMap(input.get(field)), evidence.documentTexts()));
            }
        }
        return props;
    }

    /** A masked name must say so, or masked mentions of different places would read as one (脱敏须标注). */
    static void checkMasked(Object name, Object masked) {
        if (name instanceof String text && MASK.matcher(text).find() && !Boolean.TRUE.equals(masked)) {
            throw new InvalidInputException("input.masked", "the name '" + text
                    + "' is masked in the source; set masked: true (名称含脱敏字符)");
        }
    }

    static Map<String, Object> quantity(String path, String prefix, Map<String, Object> q, List<String> quotes) {
        if (q == null) {
            Map<String, Object> cleared = new LinkedHashMap<>();
            for (String suffix : List.of("Text", "Value", "Number", "Unit", "Qualifier", "Masked", "AsOf", "Year",
                    "CitationIds")) {
                cleared.put(prefix + suffix, null);
            }
            return cleared;
        }
        String text = (String) q.get("text");
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(path + ".text", "is required (数量原文)");
        }
        if (quotes.stream().noneMatch(quote -> quote.contains(text))) {
            throw new InvalidInputException(path + ".text", "'" + text
                    + "' does not occur in the node's source quotes (数量须出自引文)");
        }
        Integer year = (Integer) q.get("year");
        checkYear(path + ".year", year);
        Quantity parsed;
        try {
            parsed = Quantity.parse(text, (String) q.get("unit"), (String) q.get("value"), (String) q.get("qualifier"),
                    (String) q.get("asOf"), year);
        }
        catch (NumberFormatException ex) {
            throw new InvalidInputException(path + ".value", "is not a decimal number (数值)");
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidInputException(path + ".text", ex.getMessage() + " (数量无法解析)");
        }
        if (parsed.value() != null && parsed.value().signum() < 0) {
            throw new InvalidInputException(q.get("value") != null ? path + ".value" : path + ".text",
                    "must not be negative (数值不得为负)");
        }
        if (parsed.unit() == null || !KNOWN_UNITS.contains(parsed.unit())) {
            throw new InvalidInputException(q.get("unit") != null ? path + ".unit" : path + ".text",
                    "unit '" + parsed.unit() + "' is not a known unit (单位未知)");
        }
        Map<String, Object> props = parsed.toProperties(prefix);
        // A figure written through the API is stated by the node's own quotes, never by separate ones.
        props.put(prefix + "CitationIds", null);
        return props;
    }

    static Map<String, Object> period(String path, String prefix, Map<String, Object> p, List<String> documentTexts) {
        Map<String, Object> props = new LinkedHashMap<>();
        if (p == null) {
            props.put(prefix + "Text", null);
            props.put(prefix + "Year", null);
            return props;
        }
        String text = (String) p.get("text");
        if (text == null || text.isBlank() || documentTexts.stream().noneMatch(doc -> doc.contains(text))) {
            throw new InvalidInputException(path + ".text", "'" + text
                    + "' must occur verbatim in one of the node's source reports (时间须出自原文)");
        }
        Integer year = (Integer) p.get("year");
        checkYear(path + ".year", year);
        props.put(prefix + "Text", text);
        props.put(prefix + "Year", year);
        return props;
    }

    private static void checkYear(String path, Integer year) {
        if (year != null && (year < 1949 || year > Year.now().getValue() + 30)) {
            throw new InvalidInputException(path, year + " is not a plausible year (年份)");
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
