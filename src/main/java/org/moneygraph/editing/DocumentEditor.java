package org.moneygraph.editing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.bundle.Bundle;
import org.moneygraph.bundle.BundlePlan;
import org.moneygraph.bundle.BundleValidationException;
import org.moneygraph.graph.ConflictException;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Source reports. A new report goes through the bundle planner as a bundle holding only its document, so
 * its paragraphs, citations, issuer and region come out exactly as an import makes them. Its text never
 * changes afterwards, because every citation points into it by offset.
 */
@Component
class DocumentEditor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WriteTransactions writes;
    private final ChangeLog changes;

    DocumentEditor(WriteTransactions writes, ChangeLog changes) {
        this.writes = writes;
        this.changes = changes;
    }

    Map<String, Object> create(Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            String key = (String) input.get("key");
            String text = (String) input.get("text");
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("input.text", "is required (全文)");
            }
            ObjectNode document = JSON.createObjectNode();
            input.forEach((field, value) -> {
                if (value != null && !field.equals("issuer") && !field.equals("region")) {
                    document.set(field, JSON.valueToTree(value));
                }
            });
            Map<String, String> refs = new HashMap<>();
            for (String field : List.of("issuer", "region")) {
                String id = (String) input.get(field);
                if (id != null) {
                    // The planner reads references as keys; the type before the colon is checked against its own.
                    document.put(field, id.substring(id.indexOf(':') + 1));
                    refs.put(id.substring(id.indexOf(':') + 1), id);
                }
            }
            ObjectNode bundle = JSON.createObjectNode();
            bundle.put("format", "graph-bundle/1");
            bundle.set("document", document);
            BundlePlan plan;
            try {
                plan = BundlePlan.of(List.of(new Bundle("input", bundle, text)), keys -> existing(tx, keys, refs));
            }
            catch (BundleValidationException ex) {
                BundleValidationException.Problem first = ex.problems().getFirst();
                String path = first.path().replaceFirst("^document\\.?", "input.").replaceFirst("\\.$", "");
                throw new InvalidInputException(path.equals("input.file") ? "input.text" : path, first.message());
            }
            String id = "Document:" + key;
            if (tx.one("MATCH (n:Entity {id: $id}) RETURN n.id AS id", Map.of("id", id)) != null) {
                throw new ConflictException("input.key", id + " already exists (文件已存在)");
            }
            BundlePlan.Row row = plan.documents().getFirst();
            Map<String, Object> props = new LinkedHashMap<>(row.props());
            props.put("version", 1);
            props.values().removeIf(java.util.Objects::isNull);
            tx.run("CREATE (d:Entity:Document) SET d = $props", Map.of("props", props));
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (d:Document {id: row.documentId})
                    CREATE (p:Entity:Passage) SET p = row.props
                    CREATE (d)-[:HAS_PASSAGE]->(p)""", Map.of("rows", plan.passages().stream()
                    .map(p -> Map.of("documentId", p.documentId(), "props", p.props())).toList()));
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (p:Passage {id: row.passageId})
                    MERGE (c:Citation {id: row.props.id})
                    SET c = row.props
                    MERGE (c)-[:IN_PASSAGE]->(p)""", Map.of("rows", plan.citations().stream()
                    .map(c -> Map.of("passageId", c.passageId(), "props", c.props())).toList()));
            tx.run("""
                    MATCH (d:Document {id: $id})
                    UNWIND $citationIds AS citationId
                    MATCH (c:Citation {id: citationId})
                    MERGE (d)-[:SOURCED_FROM]->(c)""", Map.of("id", id, "citationIds", row.citationIds()));
            tx.run("""
                    UNWIND $links AS link
                    MATCH (a:Entity {id: link.from}), (b:Entity {id: link.to})
                    MERGE (a)-[r:$(link.type)]->(b)
                    SET r.citationIds = link.citationIds""", Map.of("links", plan.links().stream()
                    .map(l -> Map.of("from", l.from(), "type", l.type(), "to", l.to(), "citationIds", l.citationIds()))
                    .toList()));
            RegionScope.check(tx, actor, id, "input.region");
            Map<String, Object> after = new LinkedHashMap<>(props);
            after.put("passages", plan.passages().size());
            after.put("citationIds", row.citationIds());
            changes.record(tx, actor, ChangeLog.Operation.CREATE, id, "Document", null, after);
            return EntityEditor.read(tx, id);
        });
    }

    Map<String, Object> update(String id, int expectedVersion, Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Map<String, Object> current = NodeLocks.lockAt(tx, id, expectedVersion, "id", "expectedVersion");
            NodeLocks.requireType(current, "Document", "id");
            RegionScope.check(tx, actor, id, "id");
            Map<String, Object> changed = new LinkedHashMap<>();
            for (String field : List.of("title", "file", "kind", "issuingLevel")) {
                if (input.containsKey(field)) {
                    if (input.get(field) == null && !field.equals("file")) {
                        throw new InvalidInputException("input." + field, "is required and cannot be cleared (必填)");
                    }
                    changed.put(field, input.get(field));
                }
            }
            if (changed.containsKey("title")) {
                changed.put("name", changed.get("title"));
            }
            if (input.containsKey("period")) {
                String text = new SourceQuotes(tx).text("id", id);
                changed.putAll(FieldReader.period("input.period", "period", FieldReader.asMap(input.get("period")),
                        List.of(text)));
            }
            changes.update(tx, actor, id, "Document", current, changed);
            return EntityEditor.read(tx, id);
        });
    }

    Map<String, Object> delete(String id, int expectedVersion) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Map<String, Object> current = NodeLocks.lockAt(tx, id, expectedVersion, "id", "expectedVersion");
            NodeLocks.requireType(current, "Document", "id");
            RegionScope.check(tx, actor, id, "id");
            Map<String, Object> citing = tx.one("""
                    MATCH (d:Document {id: $id})-[:HAS_PASSAGE]->(:Passage)<-[:IN_PASSAGE]-(c:Citation)
                    OPTIONAL MATCH (n:Entity)-[:SOURCED_FROM]->(c) WHERE n <> d
                    WITH d, collect(DISTINCT c.id) AS citationIds, collect(DISTINCT n.id) AS users
                    RETURN users[0] AS user, citationIds""", Map.of("id", id));
            if (citing != null && citing.get("user") != null) {
                throw new InvalidInputException("id", citing.get("user") + " still cites this report; delete it or "
                        + "move its sources first (仍被引用)");
            }
            List<?> citationIds = citing == null ? List.of() : (List<?>) citing.get("citationIds");
            Map<String, Object> linked = tx.one("""
                    MATCH (a:Entity)-[r]->(b:Entity)
                    WHERE a.id <> $id AND b.id <> $id AND any(c IN coalesce(r.citationIds, []) WHERE c IN $citationIds)
                    RETURN type(r) AS type LIMIT 1""", Map.of("id", id, "citationIds", citationIds));
            if (linked != null) {
                throw new InvalidInputException("id", "a " + linked.get("type") + " relationship still cites this report (仍被引用)");
            }
            tx.run("""
                    MATCH (d:Document {id: $id})
                    OPTIONAL MATCH (d)-[:HAS_PASSAGE]->(p:Passage)
                    OPTIONAL MATCH (p)<-[:IN_PASSAGE]-(c:Citation)
                    DETACH DELETE c, p, d""", Map.of("id", id));
            Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.DELETE, id, "Document",
                    current, null);
            return Map.of("id", id, "type", "Document", "change", change);
        });
    }

    private static Map<String, String> existing(WriteTransactions.Tx tx, java.util.Set<String> keys,
            Map<String, String> refs) {
        Map<String, String> labels = new HashMap<>();
        Relationships.labels(tx, keys.stream().map(k -> refs.getOrDefault(k, k)).toList())
                .forEach((id, label) -> labels.put(id.substring(id.indexOf(':') + 1), label));
        return labels;
    }
}
