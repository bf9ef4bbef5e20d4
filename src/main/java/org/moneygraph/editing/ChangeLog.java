package org.moneygraph.editing;

import java.util.Map;
import java.util.UUID;

import org.moneygraph.security.Actor;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Records every write as a {@code (:Change)} linked to the node it changed: who, when, which operation, and
 * the changed properties before and after as JSON. The link goes when the node goes; {@code targetId} stays,
 * so a deleted node's history is still found by its old ID. Imports write the same shape with
 * {@code via: 'import'} and their batch ID.
 */
@Component
class ChangeLog {

    enum Operation { CREATE, UPDATE, DELETE, RETIRE, LINK, UNLINK, SOURCE }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Columns of a change as the GraphQL type {@code Change} reads them. */
    static final String PROJECTION = "c {.id, .actor, .operation, .targetId, .targetType, .before, .after, .batchId, .via, at: toString(c.at)}";

    /**
     * Sets a node's changed properties, raises its version by one and records the change with what the properties
     * were ({@code current}) and are now, version included.
     */
    void update(WriteTransactions.Tx tx, Actor actor, String id, String type, Map<String, Object> current,
            Map<String, Object> changed) {
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        changed.keySet().forEach(k -> before.put(k, current.get(k)));
        long version = ((Number) current.get("version")).longValue() + 1;
        tx.run("MATCH (n:Entity {id: $id}) SET n += $changed, n.version = $version",
                Map.of("id", id, "changed", changed, "version", version));
        before.put("version", current.get("version"));
        Map<String, Object> after = new java.util.LinkedHashMap<>(changed);
        after.put("version", version);
        record(tx, actor, Operation.UPDATE, id, type, before, after);
    }

    Map<String, Object> record(WriteTransactions.Tx tx, Actor actor, Operation operation, String targetId,
            String targetType, Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", "Change:" + UUID.randomUUID());
        params.put("actor", actor.name());
        params.put("operation", operation.name());
        params.put("targetId", targetId);
        params.put("targetType", targetType);
        params.put("before", before == null ? null : JSON.writeValueAsString(before));
        params.put("after", after == null ? null : JSON.writeValueAsString(after));
        // realtime, not the transaction clock: several changes of one request keep their order.
        Map<String, Object> row = tx.one("""
                CREATE (c:Change {id: $id, at: datetime.realtime(), actor: $actor, operation: $operation,
                                  targetId: $targetId, targetType: $targetType, before: $before, after: $after,
                                  batchId: null, via: 'graphql'})
                WITH c
                OPTIONAL MATCH (t:Entity {id: $targetId})
                FOREACH (target IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (c)-[:CHANGED]->(target))
                RETURN %s AS change""".formatted(PROJECTION), params);
        @SuppressWarnings("unchecked")
        Map<String, Object> change = (Map<String, Object>) row.get("change");
        return change;
    }
}
