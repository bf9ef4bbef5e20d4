package org.moneygraph.editing;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.bundle.BundleSpec;
import org.moneygraph.bundle.BundleSpec.Direction;
import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.moneygraph.bundle.BundleSpec.Ref;

/**
 * Which relationship may join which kinds of node, read from the bundle format's table so the API and the
 * importer agree: every reference field of every entity, the document's issuer and region, and the free
 * {@code relations} of a bundle, which may join any two entities.
 */
final class Relationships {

    private record Rule(String from, String type, String to) {
    }

    /** A reference field that holds one node: {@code owner} has at most one such relationship. */
    record Single(String owner, String field, String type, boolean outgoing, Set<String> others) {
    }

    private static final String ANY = "*";
    static final List<Single> SINGLES = new java.util.ArrayList<>();
    private static final Set<Rule> RULES = new HashSet<>();
    /** Types whose end a node of the model cannot do without: a flow's receiver, a pairing's two sides … */
    static final Set<String> REQUIRED_TYPES = new LinkedHashSet<>();
    /** Kinds of node that are structure, never an end of a model relationship. */
    static final Set<String> NOT_LINKABLE = Set.of("Passage");

    static {
        for (EntitySpec spec : BundleSpec.ENTITIES) {
            for (Ref ref : spec.refs()) {
                Set<String> targets = ref.targetLabels().isEmpty() ? Set.of(ANY) : ref.targetLabels();
                for (String target : targets) {
                    RULES.add(ref.direction() == Direction.OUT ? new Rule(spec.label(), ref.type(), target)
                            : new Rule(target, ref.type(), spec.label()));
                }
                if (!ref.many()) {
                    SINGLES.add(new Single(spec.label(), ref.field(), ref.type(), ref.direction() == Direction.OUT,
                            ref.targetLabels()));
                }
                if (spec.required().contains(ref.field()) && ref.direction() == Direction.OUT) {
                    REQUIRED_TYPES.add(spec.label() + ":" + ref.type());
                }
            }
        }
        RULES.add(new Rule("Organization", "ISSUED", "Document"));
        RULES.add(new Rule("Document", "IN_REGION", "Region"));
        for (String type : BundleSpec.RELATION_TYPES) {
            RULES.add(new Rule(ANY, type.equals("LOCATED_IN") ? "IN_REGION" : type, ANY));
        }
    }

    private Relationships() {
    }

    static boolean allowed(String fromLabel, String type, String toLabel) {
        if (NOT_LINKABLE.contains(fromLabel) || NOT_LINKABLE.contains(toLabel)) {
            return false;
        }
        return List.of(new Rule(fromLabel, type, toLabel), new Rule(fromLabel, type, ANY), new Rule(ANY, type, toLabel),
                new Rule(ANY, type, ANY)).stream().anyMatch(RULES::contains);
    }

    /** True when a node of this label must keep at least one outgoing relationship of this type. */
    static boolean required(String fromLabel, String type) {
        return REQUIRED_TYPES.contains(fromLabel + ":" + type);
    }

    /** Incoming types that make a node impossible to delete while another node needs it as that end. */
    static Set<String> requiredIncomingTypes() {
        Set<String> types = new LinkedHashSet<>();
        REQUIRED_TYPES.forEach(t -> types.add(t.substring(t.indexOf(':') + 1)));
        return types;
    }

    /** Labels of the given IDs that exist, except structure nodes. */
    static Map<String, String> labels(WriteTransactions.Tx tx, List<String> ids) {
        Map<String, String> labels = new java.util.HashMap<>();
        tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN n.id AS id, n.type AS type""", Map.of("ids", ids))
                .forEach(row -> labels.put((String) row.get("id"), (String) row.get("type")));
        return labels;
    }
}
