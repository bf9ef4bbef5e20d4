package org.moneygraph.editing;

import java.util.List;
import java.util.Map;

import org.moneygraph.security.AccessDeniedException;
import org.moneygraph.security.Actor;

/**
 * Keeps an editor limited to a region inside it. A region lies where it is; any other node lies in the
 * regions it is {@code IN_REGION} of, or, when it has none, where what it is about lies: the receiver of a
 * flow, the helped side of a pairing, the subject of a responsibility, the problem a rectification fixes,
 * the project a progress reading or milestone belongs to.
 * Every one of those regions must be the scope or below it; a node that lies nowhere is out of reach.
 */
final class RegionScope {

    private static final String REGIONS = """
            MATCH (n:Entity {id: $id})
            WITH n, CASE WHEN n:Region THEN [n] ELSE [(n)-[:IN_REGION]->(r:Region) | r] END AS own
            WITH n, CASE WHEN size(own) > 0 THEN own
                         ELSE [(n)-[:TO|HELPED|FOR|RECTIFIES]->(x:Region) | x]
                            + [(n)-[:TO|HELPED|FOR|RECTIFIES]->(x)-[:IN_REGION]->(r:Region) WHERE NOT x:Region | r]
                            + [(n)<-[:HAS_PROGRESS|HAS_MILESTONE]-(:Project)-[:IN_REGION]->(r:Region) | r] END AS regions
            RETURN size(regions) AS count,
                   size([r IN regions WHERE NOT EXISTS { (r)-[:WITHIN*0..]->(:Region {id: $scope}) }]) AS outside""";

    private RegionScope() {
    }

    /** Fails with FORBIDDEN, naming the input field, unless the node lies in the actor's region or below. */
    static void check(WriteTransactions.Tx tx, Actor actor, String id, String field) {
        if (actor.regionScope() == null) {
            return;
        }
        Map<String, Object> row = tx.one(REGIONS, Map.of("id", id, "scope", actor.regionScope()));
        if (row == null) {
            return;
        }
        long count = ((Number) row.get("count")).longValue();
        long outside = ((Number) row.get("outside")).longValue();
        if (count == 0) {
            throw new AccessDeniedException(false, field, id + " lies in no region, and an editor limited to "
                    + actor.regionScope() + " may change only what lies in that region or below (不在授权区域内)");
        }
        if (outside > 0) {
            throw new AccessDeniedException(false, field, id + " lies outside " + actor.regionScope()
                    + ", the region this editor is limited to (超出授权区域)");
        }
    }

    static void checkAll(WriteTransactions.Tx tx, Actor actor, List<String> ids, String field) {
        ids.forEach(id -> check(tx, actor, id, field));
    }
}
