package org.moneygraph.pairing;

import java.util.Map;

/** A period as the report writes it, read from the flat {@code fText}/{@code fYear} properties of a node. */
record Period(String text, Integer year) {

    static Period of(Map<String, Object> node, String field) {
        Object text = node.get(field + "Text");
        Object year = node.get(field + "Year");
        return text == null ? null : new Period(text.toString(), year == null ? null : ((Number) year).intValue());
    }
}
