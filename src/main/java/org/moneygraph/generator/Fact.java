package org.moneygraph.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One generated node: its properties, the sentence that states it (quoted by its citation) and its links to
 * nodes written before it. A link is outgoing unless {@code incoming}: a headquarters is written after its
 * member units, so it carries their MEMBER_OF links towards itself.
 */
record Fact(String label, String id, Map<String, Object> props, String sentence, List<Link> links) {

    record Link(String type, String other, boolean incoming) {
    }

    static Fact of(String label, String key, String name, String sentence) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", label + ":" + key);
        props.put("type", label);
        props.put("key", key);
        props.put("name", name);
        props.put("masked", false);
        props.put("version", 1);
        return new Fact(label, label + ":" + key, props, sentence, new ArrayList<>());
    }

    Fact with(String property, Object value) {
        props.put(property, value);
        return this;
    }

    Fact to(String type, String other) {
        links.add(new Link(type, other, false));
        return this;
    }

    Fact from(String type, String other) {
        links.add(new Link(type, other, true));
        return this;
    }

    /** A quantity stored flat under {@code prefix}, as the importer stores it (graph-schema/README.md). */
    Fact quantity(String prefix, Money.Figure figure) {
        props.put(prefix + "Text", figure.text());
        props.put(prefix + "Value", figure.value());
        props.put(prefix + "Number", figure.number());
        props.put(prefix + "Unit", figure.unit());
        props.put(prefix + "Masked", figure.masked());
        return this;
    }
}
