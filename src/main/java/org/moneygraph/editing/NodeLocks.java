package org.moneygraph.editing;

import java.util.Map;

import org.moneygraph.graph.ConflictException;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;

/**
 * Optimistic locking with a pessimistic moment: the node's write lock is taken first, by writing a property
 * that carries nothing, and only then is the version read. A concurrent writer waits on that lock and then
 * sees the version the winner committed, so two writers holding the same version can never both pass.
 * Setting {@code n.version = n.version} would not do: its right-hand side is read before the lock is held.
 */
final class NodeLocks {

    private NodeLocks() {
    }

    /** Locks the node and returns its properties, with {@code version} defaulted to 1; NOT_FOUND when absent. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> lock(WriteTransactions.Tx tx, String id, String field) {
        Map<String, Object> locked = tx.one("""
                MATCH (n:Entity {id: $id})
                SET n.editLock = true
                REMOVE n.editLock
                RETURN n.id AS id""", Map.of("id", id));
        if (locked == null) {
            throw new NotFoundException(field, "no node with ID " + id + " (节点不存在)");
        }
        Map<String, Object> row = tx.one("""
                MATCH (n:Entity {id: $id})
                RETURN n {.*, version: coalesce(n.version, 1)} AS props""", Map.of("id", id));
        return (Map<String, Object>) row.get("props");
    }

    /** Locks the node and fails with CONFLICT unless its version is the one the client read. */
    static Map<String, Object> lockAt(WriteTransactions.Tx tx, String id, int expectedVersion, String idField,
            String versionField) {
        Map<String, Object> props = lock(tx, id, idField);
        long version = ((Number) props.get("version")).longValue();
        if (version != expectedVersion) {
            throw new ConflictException(versionField, "the node " + id + " is at version " + version + ", not "
                    + expectedVersion + "; read it again and reapply the change (版本冲突)");
        }
        return props;
    }

    /** Checks the type of a locked node against the mutation that names it. */
    static void requireType(Map<String, Object> props, String label, String field) {
        if (!label.equals(props.get("type"))) {
            throw new InvalidInputException(field, "is a " + props.get("type") + ", not a " + label + " (类型不符)");
        }
    }
}
