package org.moneygraph.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.moneygraph.bundle.BundleSpec.Direction;
import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.moneygraph.bundle.BundleSpec.Ref;
import org.moneygraph.graph.ConflictException;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.stereotype.Component;

/**
 * Create, update and delete of the entity kinds of the bundle format, driven by its table. A create states
 * its sources and references like a bundle item; an update changes only the node's own fields, at the
 * version the client read; relationships and sources change through {@link LinkEditor}.
 */
@Component
class EntityEditor {

    private static final Pattern KEY = Pattern.compile("^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$");
    /** The input field that places a new node, named when a region-limited editor may not put it there. */
    private static final Map<String, String> LOCATION_FIELD = Map.of("Region", "input.within", "Project",
            "input.regions", "FundFlow", "input.to", "Pairing", "input.helped", "Responsibility", "input.subject",
            "Rectification", "input.problem");

    private final WriteTransactions writes;
    private final ChangeLog changes;

    EntityEditor(WriteTransactions writes, ChangeLog changes) {
        this.writes = writes;
        this.changes = changes;
    }

    Map<String, Object> create(EntitySpec spec, Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            SourceQuotes quotes = new SourceQuotes(tx);
            List<SourceQuotes.Cited> cited = quotes.resolve("input.sources", list(input.get("sources")), true);
            for (String field : spec.required()) {
                if (input.get(field) == null) {
                    throw new InvalidInputException("input." + field, "is required (必填)");
                }
            }
            Map<String, Object> own = FieldReader.read(spec, input, quotes.evidence(List.of(), cited));
            String documentKey = cited.getFirst().documentKey();
            String key = input.get("key") == null ? documentKey + "-m" + UUID.randomUUID().toString().replace("-", "").substring(0, 10)
                    : (String) input.get("key");
            if (!KEY.matcher(key).matches() || !key.startsWith(documentKey + "-")) {
                throw new InvalidInputException("input.key", "must match " + KEY.pattern()
                        + " and start with the key of the first source's report, " + documentKey + "- (键)");
            }
            String id = spec.label() + ":" + key;
            if (tx.one("MATCH (n:Entity {id: $id}) RETURN n.id AS id", Map.of("id", id)) != null) {
                throw new ConflictException("input.key", id + " already exists (节点已存在)");
            }
            List<Map<String, Object>> links = plannedLinks(tx, spec, id, input);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", id);
            props.put("type", spec.label());
            props.put("key", key);
            props.put("documentKey", documentKey);
            props.put("masked", false);
            props.putAll(own);
            if (props.get("name") == null) {
                props.put("name", defaultName(spec.label(), props));
            }
            FieldReader.checkMasked(props.get("name"), props.get("masked"));
            props.put("firstStart", cited.stream().filter(c -> c.documentKey().equals(documentKey))
                    .mapToInt(SourceQuotes.Cited::start).min().orElse(0));
            props.put("version", 1);
            props.values().removeIf(java.util.Objects::isNull);
            quotes.write(cited);
            List<String> citationIds = cited.stream().map(SourceQuotes.Cited::id).distinct().toList();
            tx.run("""
                    CREATE (n:Entity)
                    SET n = $props, n:$($label)
                    WITH n
                    UNWIND $citationIds AS citationId
                    MATCH (c:Citation {id: citationId})
                    MERGE (n)-[:SOURCED_FROM]->(c)""",
                    Map.of("props", props, "label", spec.label(), "citationIds", citationIds));
            tx.run("""
                    UNWIND $links AS link
                    MATCH (a:Entity {id: link.from}), (b:Entity {id: link.to})
                    MERGE (a)-[r:$(link.type)]->(b)
                    SET r.citationIds = $citationIds""", Map.of("links", links, "citationIds", citationIds));
            RegionScope.check(tx, actor, id, LOCATION_FIELD.getOrDefault(spec.label(), "input.region"));
            Map<String, Object> after = new LinkedHashMap<>(props);
            after.put("links", links);
            after.put("citationIds", citationIds);
            changes.record(tx, actor, ChangeLog.Operation.CREATE, id, spec.label(), null, after);
            return read(tx, id);
        });
    }

    Map<String, Object> update(EntitySpec spec, String id, int expectedVersion, Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Map<String, Object> current = NodeLocks.lockAt(tx, id, expectedVersion, "id", "expectedVersion");
            NodeLocks.requireType(current, spec.label(), "id");
            RegionScope.check(tx, actor, id, "id");
            for (String field : input.keySet()) {
                if (field.equals("key") || field.equals("sources")
                        || spec.refs().stream().anyMatch(ref -> ref.field().equals(field))) {
                    throw new InvalidInputException("input." + field, "cannot change on update: a key never changes, "
                            + "relationships change through linkNodes and unlinkNodes, sources through addSource and removeSource");
                }
                if (input.get(field) == null && spec.required().contains(field)) {
                    throw new InvalidInputException("input." + field, "is required and cannot be cleared (必填)");
                }
            }
            SourceQuotes quotes = new SourceQuotes(tx);
            List<String> citationIds = tx.run("MATCH (:Entity {id: $id})-[:SOURCED_FROM]->(c:Citation) RETURN c.id AS id",
                    Map.of("id", id)).stream().map(r -> (String) r.get("id")).toList();
            Map<String, Object> changed = FieldReader.read(spec, input, quotes.evidence(citationIds, List.of()));
            FieldReader.checkMasked(changed.getOrDefault("name", current.get("name")),
                    changed.getOrDefault("masked", current.get("masked")));
            changes.update(tx, actor, id, spec.label(), current, changed);
            return read(tx, id);
        });
    }

    Map<String, Object> delete(String label, String id, int expectedVersion) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Map<String, Object> current = NodeLocks.lockAt(tx, id, expectedVersion, "id", "expectedVersion");
            NodeLocks.requireType(current, label, "id");
            RegionScope.check(tx, actor, id, "id");
            Map<String, Object> needed = tx.one("""
                    MATCH (n:Entity {id: $id})<-[r]-(m:Entity)
                    WHERE type(r) IN $types AND (m.type + ':' + type(r)) IN $required
                    RETURN m.id AS id, type(r) AS type LIMIT 1""", Map.of("id", id, "types",
                    List.copyOf(Relationships.requiredIncomingTypes()), "required", List.copyOf(Relationships.REQUIRED_TYPES)));
            if (needed != null) {
                throw new InvalidInputException("id", needed.get("id") + " needs this node as its " + needed.get("type")
                        + "; delete or relink it first (仍被引用)");
            }
            Map<String, Object> before = new LinkedHashMap<>(current);
            before.put("links", tx.run("""
                    MATCH (n:Entity {id: $id})-[r]-(m:Entity)
                    RETURN type(r) AS type, startNode(r) = n AS outgoing, m.id AS other, r.citationIds AS citationIds""",
                    Map.of("id", id)));
            before.put("citationIds", tx.run("MATCH (:Entity {id: $id})-[:SOURCED_FROM]->(c:Citation) RETURN c.id AS id",
                    Map.of("id", id)).stream().map(r -> r.get("id")).toList());
            // A project's progress readings and milestones exist only as parts of it.
            tx.run("""
                    MATCH (n:Entity {id: $id})
                    OPTIONAL MATCH (n)-[:HAS_PROGRESS|HAS_MILESTONE]->(part)
                    DETACH DELETE part, n""", Map.of("id", id));
            Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.DELETE, id, label, before, null);
            return Map.of("id", id, "type", label, "change", change);
        });
    }

    private List<Map<String, Object>> plannedLinks(WriteTransactions.Tx tx, EntitySpec spec, String id,
            Map<String, Object> input) {
        List<Map<String, Object>> links = new ArrayList<>();
        for (Ref ref : spec.refs()) {
            Object value = input.get(ref.field());
            if (value == null) {
                continue;
            }
            List<String> targets = ref.many() ? list(value) : List.of((String) value);
            Map<String, String> labels = Relationships.labels(tx, targets);
            for (int i = 0; i < targets.size(); i++) {
                String path = "input." + ref.field() + (ref.many() ? "[" + i + "]" : "");
                String target = targets.get(i);
                String label = labels.get(target);
                if (label == null) {
                    throw new NotFoundException(path, "no node with ID " + target + " (引用的节点不存在)");
                }
                if (ref.targetLabels().isEmpty() ? Relationships.NOT_LINKABLE.contains(label)
                        : !ref.targetLabels().contains(label)) {
                    throw new InvalidInputException(path, target + " is a " + label + "; expected "
                            + (ref.targetLabels().isEmpty() ? "an entity" : String.join(" or ", ref.targetLabels()))
                            + " (引用类型不符)");
                }
                links.add(ref.direction() == Direction.OUT ? Map.of("from", id, "type", ref.type(), "to", target)
                        : Map.of("from", target, "type", ref.type(), "to", id));
            }
        }
        return links;
    }

    private static String defaultName(String label, Map<String, Object> props) {
        return switch (label) {
            case "FundFlow" -> (String) (props.get("purpose") != null ? props.get("purpose") : props.get("amountText"));
            case "Responsibility" -> (String) (props.get("typeText") != null ? props.get("typeText")
                    : props.get("responsibilityType"));
            case "Problem" -> (String) props.get("description");
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> read(WriteTransactions.Tx tx, String id) {
        return (Map<String, Object>) tx.one("MATCH (n:Entity {id: $id}) RETURN " + GraphReader.entity("n") + " AS node",
                Map.of("id", id)).get("node");
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Object value) {
        return value == null ? null : (List<T>) value;
    }
}
