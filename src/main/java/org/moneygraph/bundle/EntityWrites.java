package org.moneygraph.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.neo4j.driver.QueryRunner;

/**
 * Writes entity nodes so that an import only touches what really changes: a new node gets {@code version 1}
 * and a {@code CREATE} change, a node whose properties differ gets {@code version + 1} and an {@code UPDATE}
 * change with the values before and after, and an unchanged node is not written at all. Properties the
 * import does not know (a user's edits through other fields) are left alone, because {@code +=} only sets
 * the given keys.
 */
public final class EntityWrites {

    /** What a write did to one node. */
    public enum Action { CREATED, CHANGED, UNCHANGED }

    /**
     * One node to write.
     *
     * @param createOnly properties set when the node is created and never compared afterwards
     * @param links      the node's relationships of the owned types ({@link OwnedLinks#describe}), compared as one
     *                   more property {@code links}; null when the caller owns no relationship types
     */
    public record Write(String id, String label, Map<String, Object> props, Map<String, Object> createOnly,
            List<String> links) {

        public Write(String id, String label, Map<String, Object> props, Map<String, Object> createOnly) {
            this(id, label, props, createOnly, null);
        }
    }

    /** Relationship types a writer owns on its nodes: outgoing and incoming. */
    public record OwnedLinks(List<String> out, List<String> in) {

        public static final OwnedLinks NONE = new OwnedLinks(List.of(), List.of());

        /** How a relationship is named in change history: {@code IN_REGION->Region:x} or {@code LEADS<-Organization:y}. */
        public static String describe(String type, boolean out, String other) {
            return type + (out ? "->" : "<-") + other;
        }
    }

    private EntityWrites() {
    }

    /**
     * Reads the current properties of the given nodes, by ID, with their owned relationships (sorted, as
     * {@link OwnedLinks#describe}) under the key {@code links}.
     */
    public static Map<String, Map<String, Object>> current(QueryRunner tx, List<String> ids, OwnedLinks owned) {
        Map<String, Map<String, Object>> found = new HashMap<>();
        tx.run("""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                RETURN id, properties(n) AS props,
                       [(n)-[r]->(t) WHERE type(r) IN $out | type(r) + '->' + t.id]
                     + [(n)<-[r]-(t) WHERE type(r) IN $in | type(r) + '<-' + t.id] AS links""",
                Map.of("ids", ids, "out", owned.out(), "in", owned.in())).forEachRemaining(r -> {
                    Map<String, Object> props = new HashMap<>(r.get("props").asMap());
                    props.put("links", r.get("links").asList(v -> v.asString()).stream().sorted().toList());
                    found.put(r.get("id").asString(), props);
                });
        return found;
    }

    /** Writes the nodes, all of which the caller has already validated, and says what happened to each. */
    public static Map<String, Action> write(QueryRunner tx, List<Write> writes, ImportContext context) {
        return write(tx, writes, context, OwnedLinks.NONE);
    }

    /**
     * What writing a list of nodes would do: each node's action, and the rows of the create and update
     * statements ({@code id}, {@code label}, {@code props}, {@code changeId}, {@code after}, and for updates
     * {@code before}). Nothing is written; {@link #execute} writes it, or a caller folds the rows into a
     * statement of its own that writes more per node in the same pass.
     */
    public record Plan(Map<String, Action> actions, List<Map<String, Object>> creates,
            List<Map<String, Object>> updates) {
    }

    /**
     * Writes the nodes' properties and says what happened to each. Owned relationships only take part in the
     * comparison and the change record; the caller writes them for the nodes created or changed.
     */
    public static Map<String, Action> write(QueryRunner tx, List<Write> writes, ImportContext context,
            OwnedLinks owned) {
        Plan plan = plan(tx, writes, owned);
        execute(tx, plan.creates(), plan.updates(), context);
        return plan.actions();
    }

    /** Reads the nodes' current state and compares it with the writes; writes nothing. */
    public static Plan plan(QueryRunner tx, List<Write> writes, OwnedLinks owned) {
        Map<String, Map<String, Object>> existing = current(tx, writes.stream().map(Write::id).toList(), owned);
        Map<String, Action> actions = new LinkedHashMap<>();
        List<Map<String, Object>> creates = new ArrayList<>();
        List<Map<String, Object>> updates = new ArrayList<>();
        for (Write write : writes) {
            Map<String, Object> before = existing.get(write.id());
            Map<String, Object> compared = new LinkedHashMap<>(write.props());
            if (write.links() != null) {
                compared.put("links", write.links().stream().sorted().toList());
            }
            if (before == null) {
                Map<String, Object> props = new LinkedHashMap<>(write.createOnly());
                props.putAll(write.props());
                props.values().removeIf(java.util.Objects::isNull);
                Map<String, Object> after = new LinkedHashMap<>(props);
                if (write.links() != null) {
                    after.put("links", compared.get("links"));
                }
                creates.add(Map.of("id", write.id(), "label", write.label(), "props", props, "changeId", changeId(),
                        "after", Changes.json(after)));
                actions.put(write.id(), Action.CREATED);
                continue;
            }
            List<String> changed = Changes.changedKeys(before, compared);
            if (changed.isEmpty()) {
                actions.put(write.id(), Action.UNCHANGED);
                continue;
            }
            updates.add(Map.of("id", write.id(), "label", write.label(), "props", write.props(), "changeId", changeId(),
                    "before", Changes.json(before, changed), "after", Changes.json(compared, changed)));
            actions.put(write.id(), Action.CHANGED);
        }
        return new Plan(actions, creates, updates);
    }

    /** Writes planned creates and updates: the nodes' properties, versions and changes. */
    public static void execute(QueryRunner tx, List<Map<String, Object>> creates, List<Map<String, Object>> updates,
            ImportContext context) {
        Map<String, Object> common = Map.of("actor", context.actor(), "batchId", context.batchId(), "via",
                ImportContext.VIA);
        if (!creates.isEmpty()) {
            tx.run("""
                    UNWIND $rows AS row
                    MERGE (n:Entity {id: row.id})
                    SET n = row.props, n.version = 1
                    SET n:$(row.label)
                    CREATE (c:Change {id: row.changeId, at: datetime(), actor: $actor, operation: 'CREATE',
                                      targetId: row.id, targetType: row.label, after: row.after,
                                      batchId: $batchId, via: $via})-[:CHANGED]->(n)""",
                    with(common, "rows", creates)).consume();
        }
        if (!updates.isEmpty()) {
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (n:Entity {id: row.id})
                    SET n += row.props, n.version = coalesce(n.version, 1) + 1
                    SET n:$(row.label)
                    CREATE (c:Change {id: row.changeId, at: datetime(), actor: $actor, operation: 'UPDATE',
                                      targetId: row.id, targetType: row.label, before: row.before, after: row.after,
                                      batchId: $batchId, via: $via})-[:CHANGED]->(n)""",
                    with(common, "rows", updates)).consume();
        }
    }

    /**
     * Merges relationships between existing nodes. A relationship that is new on a node this import did not
     * create records a {@code LINK} change (or {@code SOURCE} for a new {@code SOURCED_FROM}) on that node;
     * on a node it created, the {@code CREATE} change already says everything.
     *
     * @param links maps with {@code from}, {@code type}, {@code to} and {@code citationIds} (null for none)
     */
    public static int link(QueryRunner tx, List<Map<String, Object>> links, Set<String> createdIds,
            ImportContext context) {
        return link(tx, links, createdIds, context, "MATCH (b:Entity {id: row.to})\n");
    }

    /** {@code SOURCED_FROM} relationships: from entities to {@code Citation} nodes, which are no entities. */
    public static int source(QueryRunner tx, List<Map<String, Object>> links, Set<String> createdIds,
            ImportContext context) {
        return link(tx, links, createdIds, context, "MATCH (b:Citation {id: row.to})\n");
    }

    // Two fixed target clauses rather than a dynamic label, so both ends are found through unique indexes.
    private static int link(QueryRunner tx, List<Map<String, Object>> links, Set<String> createdIds,
            ImportContext context, String matchTarget) {
        if (links.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> link : links) {
            Map<String, Object> row = new HashMap<>(link);
            row.put("record", !createdIds.contains((String) link.get("from")));
            row.put("changeId", changeId());
            row.put("operation", "SOURCED_FROM".equals(link.get("type")) ? "SOURCE" : "LINK");
            row.put("after", Changes.json(Map.of("type", link.get("type"), "to", link.get("to"))));
            rows.add(row);
        }
        return tx.run("""
                UNWIND $rows AS row
                MATCH (a:Entity {id: row.from})
                """ + matchTarget + """
                OPTIONAL MATCH (a)-[old:$(row.type)]->(b)
                WITH row, a, b, count(old) = 0 AS isNew
                MERGE (a)-[r:$(row.type)]->(b)
                FOREACH (ids IN CASE WHEN row.citationIds IS NULL THEN [] ELSE [row.citationIds] END |
                    SET r.citationIds = ids)
                WITH row, a, isNew WHERE isNew AND row.record
                CREATE (c:Change {id: row.changeId, at: datetime(), actor: $actor, operation: row.operation,
                                  targetId: a.id, targetType: a.type, after: row.after,
                                  batchId: $batchId, via: $via})-[:CHANGED]->(a)
                RETURN count(c) AS recorded""", Map.of("rows", rows, "actor", context.actor(),
                "batchId", context.batchId(), "via", ImportContext.VIA)).single().get("recorded").asInt();
    }

    private static Map<String, Object> with(Map<String, Object> common, String key, Object value) {
        Map<String, Object> all = new HashMap<>(common);
        all.put(key, value);
        return all;
    }

    private static String changeId() {
        return "Change:" + UUID.randomUUID();
    }
}
