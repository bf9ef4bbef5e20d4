package org.moneygraph.ledger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of a ledger template.
 *
 * @param header   the Chinese header without a unit ({@code 总投资})
 * @param field    what it holds
 * @param required a row without a value here is rejected
 */
record LedgerColumn(String header, LedgerField field, boolean required) {

    private static final Pattern UNIT = Pattern.compile("^(.+?)\\((万元|亿元|元)\\)$");

    /** The header as an office may write it, reduced to the template's: no unit, no {@code *}, ASCII parentheses. */
    static String baseHeader(String written) {
        Matcher unit = UNIT.matcher(normalize(written));
        return unit.matches() ? unit.group(1) : normalize(written);
    }

    /** The money unit a header gives its cells ({@code 万元} for {@code 总投资(万元)}), or null. */
    static String headerUnit(String written) {
        Matcher unit = UNIT.matcher(normalize(written));
        return unit.matches() ? unit.group(2) : null;
    }

    private static String normalize(String written) {
        String s = written == null ? "" : written.strip().replace('（', '(').replace('）', ')').replace(" ", "");
        return s.startsWith("*") ? s.substring(1) : s;
    }
}
