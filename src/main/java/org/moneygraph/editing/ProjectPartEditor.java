package org.moneygraph.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.bundle.BundleSpec;
import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.stereotype.Component;

/**
 * Progress readings and milestones: parts of a project, written the way the bundle importer writes a
 * project's {@code progress} and {@code milestones} lists, so that the read side cannot tell them apart. The
 * ID is {@code <Label>:<project key>-<index>} and the key {@code <project key>-<infix>-<index>}, with the
 * next index after the project's highest; an index a deleted part used is never reused, so its history
 * stays its own. Updates and deletes are those of {@link EntityEditor}: a part has only its own fields.
 */
@Component
class ProjectPartEditor {

    /** One kind of project part: its spec for {@link FieldReader}, the relationship from the project, the key infix. */
    record Part(EntitySpec spec, String relationship, String infix, String nameField) {
    }

    static final Part PROGRESS = new Part(new EntitySpec("progress", "ProgressObservation", List.of("item", "kind"),
            Map.of("kind", BundleSpec.PROGRESS_KINDS), List.of("quantity"), List.of("asOf"), List.of(),
            Set.of("item", "kind", "quantity")), "HAS_PROGRESS", "progress", "item");
    static final Part MILESTONE = new Part(new EntitySpec("milestones", "Milestone", List.of("status"),
            Map.of("status", BundleSpec.MILESTONE_STATUSES), List.of(), List.of("due", "expected"), List.of(),
            Set.of("name", "status")), "HAS_MILESTONE", "milestone", "name");

    private final WriteTransactions writes;
    private final ChangeLog changes;
    private final EntityEditor entities;

    ProjectPartEditor(WriteTransactions writes, ChangeLog changes, EntityEditor entities) {
        this.writes = writes;
        this.changes = changes;
        this.entities = entities;
    }

    Map<String, Object> create(Part part, String projectId, Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        EntitySpec spec = part.spec();
        return writes.write(tx -> {
            // The project's lock also orders concurrent creates, so two never take the same index.
            Map<String, Object> project = NodeLocks.lock(tx, projectId, "project");
            NodeLocks.requireType(project, "Project", "project");
            RegionScope.check(tx, actor, projectId, "project");
            SourceQuotes quotes = new SourceQuotes(tx);
            List<SourceQuotes.Cited> cited = quotes.resolve("input.sources", EntityEditor.list(input.get("sources")), true);
            for (String field : spec.required()) {
                if (input.get(field) == null) {
                    throw new InvalidInputException("input." + field, "is required (必填)");
                }
            }
            Map<String, Object> fields = withName(part, input);
            Map<String, Object> own = FieldReader.read(spec, fields, quotes.evidence(List.of(), cited));
            String projectKey = (String) project.get("key");
            int index = nextIndex(tx, part, projectId, projectKey);
            String id = spec.label() + ":" + projectKey + "-" + index;
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", id);
            props.put("type", spec.label());
            props.put("key", projectKey + "-" + part.infix() + "-" + index);
            props.put("documentKey", project.get("documentKey"));
            props.put("index", index);
            props.putAll(own);
            props.put("version", 1);
            props.values().removeIf(java.util.Objects::isNull);
            quotes.write(cited);
            List<String> citationIds = cited.stream().map(SourceQuotes.Cited::id).distinct().toList();
            tx.run("""
                    MATCH (p:Project {id: $projectId})
                    CREATE (p)-[r:$($relationship)]->(n:Entity)
                    SET n = $props, n:$($label), r.citationIds = $citationIds
                    WITH n
                    UNWIND $citationIds AS citationId
                    MATCH (c:Citation {id: citationId})
                    MERGE (n)-[:SOURCED_FROM]->(c)""", Map.of("projectId", projectId, "relationship",
                    part.relationship(), "props", props, "label", spec.label(), "citationIds", citationIds));
            Map<String, Object> after = new LinkedHashMap<>(props);
            after.put("links", List.of(Map.of("from", projectId, "type", part.relationship(), "to", id)));
            after.put("citationIds", citationIds);
            changes.record(tx, actor, ChangeLog.Operation.CREATE, id, spec.label(), null, after);
            return EntityEditor.read(tx, id);
        });
    }

    Map<String, Object> update(Part part, String id, int expectedVersion, Map<String, Object> input) {
        return entities.update(part.spec(), id, expectedVersion, withName(part, input));
    }

    Map<String, Object> delete(Part part, String id, int expectedVersion) {
        return entities.delete(part.spec().label(), id, expectedVersion);
    }

    /** A reading's name is its item, as the importer stores it; a blank item is refused under its own field. */
    private static Map<String, Object> withName(Part part, Map<String, Object> input) {
        Object name = input.get(part.nameField());
        if (name instanceof String text && text.isBlank()) {
            throw new InvalidInputException("input." + part.nameField(), "must not be blank (名称)");
        }
        Map<String, Object> fields = new LinkedHashMap<>(input);
        if (input.containsKey(part.nameField())) {
            fields.put("name", name);
        }
        return fields;
    }

    /** One past the highest index the project's parts of this kind ever had, deleted ones included. */
    private static int nextIndex(WriteTransactions.Tx tx, Part part, String projectId, String projectKey) {
        Map<String, Object> row = tx.one("""
                MATCH (p:Project {id: $projectId})
                OPTIONAL MATCH (p)-[:$($relationship)]->(n)
                RETURN coalesce(max(n.index), -1) AS highest""",
                Map.of("projectId", projectId, "relationship", part.relationship()));
        int index = ((Number) row.get("highest")).intValue() + 1;
        String prefix = part.spec().label() + ":" + projectKey + "-";
        while (tx.one("""
                OPTIONAL MATCH (n:Entity {id: $id})
                OPTIONAL MATCH (c:Change {targetId: $id})
                WITH n, c LIMIT 1
                RETURN n IS NOT NULL OR c IS NOT NULL AS used""", Map.of("id", prefix + index)).get("used")
                .equals(Boolean.TRUE)) {
            index++;
        }
        return index;
    }
}
