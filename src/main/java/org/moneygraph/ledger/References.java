package org.moneygraph.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.QueryRunner;

/**
 * Finds what ledger cells name: a node by its ID ({@code Region:003-tongjiang}) or by its exact name, of the
 * allowed types; a project also by its ledger code. Answers are cached for the import, so a ledger that names
 * the same county on every row asks once.
 */
final class References {

    /** The IDs that matched: none, one, or several (ambiguous). */
    record Found(List<String> ids, List<String> types) {
    }

    private final QueryRunner tx;
    private final String regionScope;
    private final Map<String, Found> found = new HashMap<>();
    private final Map<String, Boolean> inScope = new HashMap<>();

    References(QueryRunner tx, String regionScope) {
        this.tx = tx;
        this.regionScope = regionScope;
    }

    Found find(String value, Set<String> types) {
        return found.computeIfAbsent(types + "\u0000" + value, k -> {
            var records = tx.run("""
                    CALL () {
                      MATCH (n:Entity {id: $value}) RETURN n
                      UNION
                      MATCH (n:Entity {name: $value}) RETURN n
                      UNION
                      MATCH (n:Entity {id: $ledgerProject}) RETURN n
                    }
                    WITH n WHERE n.type IN $types
                    RETURN n.id AS id, n.type AS type ORDER BY id LIMIT 5""",
                    Map.of("value", value, "types", List.copyOf(types), "ledgerProject", LedgerRecords.PROJECT_PREFIX + value))
                    .list();
            return new Found(records.stream().map(r -> r.get("id").asString()).toList(),
                    records.stream().map(r -> r.get("type").asString()).toList());
        });
    }

    /**
     * True when the node lies in the editor's region or below it: a region itself, or any other node through
     * the region it is in. Always true for an editor without a region scope.
     */
    boolean inScope(String id) {
        if (regionScope == null) {
            return true;
        }
        return inScope.computeIfAbsent(id, k -> tx.run("""
                MATCH (n:Entity {id: $id})
                RETURN EXISTS {
                  MATCH (n)-[:IN_REGION*0..1]->(r:Region)-[:WITHIN*0..]->(:Region {id: $scope})
                } AS inside""", Map.of("id", id, "scope", regionScope)).single().get("inside").asBoolean());
    }

    String regionScope() {
        return regionScope;
    }
}
