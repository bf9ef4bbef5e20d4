package org.moneygraph.accountability;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.graph.GraphReader;
import org.springframework.stereotype.Repository;

/**
 * Reads the upward neighbourhood of a subject in one query: every link by which someone answers for it, and
 * for them, up to the governments and party committees. Which way is "up" depends on the relationship: a
 * project is part of its campaign (follow {@code PART_OF} forwards) but is led by its lead unit (follow
 * {@code LEADS} backwards).
 */
@Repository
class ChainRepository {

    /** Longest chain followed. Deeper chains end in a {@code DEPTH_LIMIT} break rather than a silent cut. */
    static final int MAX_DEPTH = 12;

    /** Relationships followed from their start node up to their end node. */
    static final Set<String> FORWARD = Set.of("PART_OF", "DIRECTED_BY", "MEMBER_OF", "HELD_BY", "MEASURES",
            "CONCERNS", "ASSIGNED_TO", "RECTIFIES", "FROM", "OF_FUND", "HELPER");

    /** Relationships followed from their end node back to their start node. */
    static final Set<String> REVERSE = Set.of("LEADS", "PARTICIPATES_IN", "COMMANDS", "FOR", "ADMINISTERS",
            "IN_REGION");

    /** Kinds of organization that answer in the end; a region leads up only to these. */
    static final List<String> GOVERNING = List.of("GOVERNMENT", "PARTY_COMMITTEE");

    static final String CHAIN = """
            MATCH (s:Entity {id: $id})
            CALL (s) {
              OPTIONAL MATCH (s) ((a)-[r]-(b)
                  WHERE (startNode(r) = a AND type(r) IN $forward)
                     OR (endNode(r) = a AND type(r) IN $reverse
                         AND (type(r) <> 'IN_REGION' OR b.kind IN $governing))
                ){1,%d} (t)
              WITH r, t, size(r) AS length
              UNWIND r AS link
              RETURN collect(DISTINCT link) AS links,
                     collect(DISTINCT CASE WHEN length = $maxDepth THEN t.id END) AS cut
            }
            RETURN %s AS subject, cut,
                   [link IN links | {type: type(link), start: startNode(link).id, end: endNode(link).id,
                                     sources: CASE WHEN $withSources THEN %s ELSE [] END}] AS links,
                   COLLECT { UNWIND links AS link UNWIND [startNode(link), endNode(link)] AS n
                             WITH DISTINCT n RETURN %s } AS nodes
            """.formatted(MAX_DEPTH, GraphReader.entityIf("s"), GraphReader.linkSources("link"),
            GraphReader.entityIf("n"));

    private final GraphReader reader;

    ChainRepository(GraphReader reader) {
        this.reader = reader;
    }

    static Map<String, Object> parameters(String id, boolean withSources) {
        return Map.of("id", id, "forward", List.copyOf(FORWARD), "reverse", List.copyOf(REVERSE),
                "governing", GOVERNING, "maxDepth", MAX_DEPTH, "withSources", withSources);
    }

    /**
     * The subject with its upward links and their nodes, or {@code null} when no node has this ID. Sources of
     * nodes and links (four hops each) only {@code withSources}: a chain of thirty links asked for its parties'
     * IDs does not need them.
     */
    Map<String, Object> upward(String id, boolean withSources) {
        List<Map<String, Object>> rows = reader.read(CHAIN, parameters(id, withSources));
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
