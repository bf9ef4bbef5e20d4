package org.moneygraph.graph;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as a report states it: the exact decimal value (yuan for money), its unit, qualifier and as-of
 * period, next to the original text. A masked figure ({@code 2x0}, {@code XX亿元}) has no value at all,
 * because reading it as zero or guessing digits would put numbers in the reports' mouths.
 *
 * @param text      the figure exactly as written, such as {@code 308.42亿元}
 * @param value     exact decimal, in yuan for money; {@code null} when masked
 * @param unit      {@code 元} for money, otherwise the counting unit ({@code 户}, {@code 公里}, {@code %})
 * @param qualifier 以上, 约, 超, 近, 累计, 预计 … when the text qualifies the figure
 * @param masked    the digits are hidden in the source
 * @param asOf      the as-of period as written
 * @param year      the year of that period, where the document makes it certain
 */
public record Quantity(String text, BigDecimal value, String unit, String qualifier, boolean masked, String asOf,
        Integer year) {

    private static final Pattern PREFIX = Pattern.compile("^(超过|约|近|超|累计|预计|共|达)");
    private static final Pattern SUFFIX = Pattern.compile("(以上|余|多|左右)$");
    private static final Pattern NUMBER = Pattern.compile("^([0-9.]*[xX*][0-9.xX*]*|[0-9]+(?:\\.[0-9]+)?)(.*)$");
    private static final Map<String, BigDecimal> MULTIPLIERS = Map.of("万", new BigDecimal("10000"),
            "亿", new BigDecimal("100000000"), "千", new BigDecimal("1000"));

    public boolean isMoney() {
        return "元".equals(unit);
    }

    /** Yuan as a plain decimal string, or {@code null} for a masked figure or a figure that is not money. */
    public String yuan() {
        return isMoney() && value != null ? value.toPlainString() : null;
    }

    /**
     * Parses {@code [qualifier] number [万|亿|千] unit [qualifier]}. An explicit unit, value or qualifier
     * wins over what the text says, for the few figures the rule cannot read (近万亩).
     */
    public static Quantity parse(String text, String explicitUnit, String explicitValue, String explicitQualifier,
            String asOf, Integer year) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quantity needs its text");
        }
        String rest = text.strip();
        String qualifier = null;
        Matcher prefix = PREFIX.matcher(rest);
        if (prefix.find()) {
            qualifier = prefix.group(1);
            rest = rest.substring(prefix.end());
        }
        Matcher suffix = SUFFIX.matcher(rest);
        if (suffix.find() && suffix.start() > 0) {
            qualifier = qualifier == null ? suffix.group(1) : qualifier;
            rest = rest.substring(0, suffix.start());
        }
        if (explicitQualifier != null && !explicitQualifier.isBlank()) {
            qualifier = explicitQualifier;
        }
        Matcher number = NUMBER.matcher(rest);
        if (!number.matches()) {
            if (explicitValue == null) {
                throw new IllegalArgumentException("cannot read a number in '" + text + "'; give value and unit");
            }
            return new Quantity(text, new BigDecimal(explicitValue), explicitUnit, qualifier, false, asOf, year);
        }
        String digits = number.group(1);
        String unitText = number.group(2).strip();
        BigDecimal multiplier = BigDecimal.ONE;
        if (!unitText.isEmpty() && MULTIPLIERS.containsKey(unitText.substring(0, 1))) {
            multiplier = MULTIPLIERS.get(unitText.substring(0, 1));
            unitText = unitText.substring(1);
        }
        // 万余元, 万多人: the qualifier sits between the multiplier and the unit.
        if (unitText.startsWith("余") || unitText.startsWith("多")) {
            qualifier = qualifier == null ? unitText.substring(0, 1) : qualifier;
            unitText = unitText.substring(1);
        }
        String unit = explicitUnit != null && !explicitUnit.isBlank() ? explicitUnit : unitText;
        if (unit.equals("万元") || unit.equals("亿元")) {
            multiplier = multiplier.multiply(MULTIPLIERS.get(unit.substring(0, 1)));
            unit = "元";
        }
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("'" + text + "' has no unit; give one");
        }
        boolean masked = digits.chars().anyMatch(c -> c == 'x' || c == 'X' || c == '*');
        BigDecimal value = null;
        if (explicitValue != null) {
            value = new BigDecimal(explicitValue);
        }
        else if (!masked) {
            value = new BigDecimal(digits).multiply(multiplier).stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
        return new Quantity(text, value, unit, qualifier, masked && explicitValue == null, asOf, year);
    }

    /** The flat node properties that store this quantity under a field prefix ({@code amountText} …). */
    public Map<String, Object> toProperties(String prefix) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(prefix + "Text", text);
        props.put(prefix + "Value", value == null ? null : value.toPlainString());
        props.put(prefix + "Number", value == null ? null : value.doubleValue());
        props.put(prefix + "Unit", unit);
        props.put(prefix + "Qualifier", qualifier);
        props.put(prefix + "Masked", masked);
        props.put(prefix + "AsOf", asOf);
        props.put(prefix + "Year", year);
        return props;
    }

    /** Reads a quantity back from node properties, or {@code null} when the node has none under the prefix. */
    public static Quantity fromProperties(Map<String, Object> props, String prefix) {
        Keys keys = KEYS.computeIfAbsent(prefix, Keys::new);
        Object text = props.get(keys.text());
        if (text == null) {
            return null;
        }
        Object value = props.get(keys.value());
        Object year = props.get(keys.year());
        return new Quantity(text.toString(), value == null ? null : new BigDecimal(value.toString()),
                (String) props.get(keys.unit()), (String) props.get(keys.qualifier()),
                Boolean.TRUE.equals(props.get(keys.masked())), (String) props.get(keys.asOf()),
                year == null ? null : ((Number) year).intValue());
    }

    /**
     * The property names of a prefix, made once: a trail of 25,000 hops reads an amount per hop, and building
     * seven names (and hashing them afresh) per read was 1.6 % of what its requests allocated.
     */
    private record Keys(String text, String value, String year, String unit, String qualifier, String masked,
            String asOf) {

        Keys(String prefix) {
            this(prefix + "Text", prefix + "Value", prefix + "Year", prefix + "Unit", prefix + "Qualifier",
                    prefix + "Masked", prefix + "AsOf");
        }
    }

    private static final ConcurrentMap<String, Keys> KEYS = new ConcurrentHashMap<>();
}
