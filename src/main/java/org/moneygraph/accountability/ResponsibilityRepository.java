package org.moneygraph.accountability;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.graph.GraphReader;
import org.springframework.stereotype.Repository;

/**
 * Reads everything a unit answers for in one query: what it leads, commands, joins, is assigned or holds a
 * responsibility for, and, indirectly, what the bodies it belongs to or directs answer for and what lies
 * under the campaigns and projects in question. Each item is kept once, by its most direct route.
 */
@Repository
class ResponsibilityRepository {

    /** Kinds of body whose work a member unit shares in (指挥部, 工作专班, 领导小组, 帮扶集团). */
    static final List<String> BODIES = List.of("COMMAND_HEADQUARTERS", "TASK_FORCE", "LEADING_GROUP",
            "ASSISTANCE_GROUP");

    static final String RESPONSIBILITIES = """
            MATCH (o:Entity {id: $id})
            CALL (o) {
              RETURN o AS body, [] AS via
              UNION
              MATCH p = (o)-[:MEMBER_OF|PART_OF]->{1,3}(body:Organization)
              WHERE $indirect AND body.kind IN $bodies
              RETURN body, nodes(p)[1..] AS via
              UNION
              MATCH p = (o)<-[:DIRECTED_BY]-{1,3}(body:Organization)
              WHERE $indirect
              RETURN body, nodes(p)[1..] AS via
            }
            OPTIONAL CALL (body) {
              MATCH (body)-[r:LEADS|PARTICIPATES_IN|COMMANDS|ADMINISTERS]->(x:Entity)
              RETURN x, type(r) AS how, null AS resp, r AS rel
              UNION
              MATCH (body)<-[:HELD_BY]-(resp:Responsibility)-[r:FOR]->(x:Entity)
              RETURN x, 'HOLDS_RESPONSIBILITY' AS how, resp, r AS rel
              UNION
              MATCH (body)<-[r:ASSIGNED_TO|HELPER]-(x:Entity)
              RETURN x, CASE type(r) WHEN 'HELPER' THEN 'HELPS' ELSE type(r) END AS how, null AS resp, r AS rel
            }
            OPTIONAL CALL (x) {
              RETURN x AS item, [] AS under
              UNION
              MATCH p = (x)<-[:PART_OF]-{1,%1$d}(item:Campaign|Project|Indicator)
              WHERE $indirect AND (x:Campaign OR x:Project)
              RETURN item, nodes(p)[0..-1] AS under
              UNION
              MATCH p = (x)<-[:PART_OF]-{0,%1$d}()<-[:MEASURES|CONCERNS]-(item:Indicator|Problem)
              WHERE $indirect AND (size(relationships(p)) = 1 OR x:Campaign OR x:Project)
              RETURN item, nodes(p)[0..-1] AS under
              UNION
              MATCH p = (x)<-[:PART_OF]-{0,%1$d}()<-[:CONCERNS]-(:Problem)<-[:RECTIFIES]-(item:Rectification)
              WHERE $indirect AND (size(relationships(p)) = 2 OR x:Campaign OR x:Project)
              RETURN item, nodes(p)[0..-1] AS under
              UNION
              MATCH p = (x:Problem)<-[:RECTIFIES]-(item:Rectification)
              WHERE $indirect
              RETURN item, [x] AS under
            }
            WITH o, item, how, resp, rel, via + under AS through
            // The most direct route wins; on a tie, a stated responsibility (负总责, 指挥长 …) says more than a bare link.
            ORDER BY size(through), CASE how WHEN 'HOLDS_RESPONSIBILITY' THEN 0 ELSE 1 END, resp.key
            WITH o, item, head(collect({how: how, resp: resp, rel: rel, through: through})) AS best
            WITH o, item, best,
                 CASE item.type
                   WHEN 'Project' THEN CASE
                     WHEN item.status = 'STALLED' THEN 'STALLED'
                     WHEN EXISTS { (item)-[:HAS_MILESTONE]->(m:Milestone) WHERE m.status IN ['LATE', 'MISSED'] }
                       THEN 'MILESTONE_LATE' END
                   WHEN 'Indicator' THEN CASE
                     WHEN NOT coalesce(item.actualMasked, false) AND NOT coalesce(item.targetMasked, false)
                          AND item.actualUnit = item.targetUnit AND item.actualNumber < item.targetNumber
                       THEN 'BELOW_TARGET' END
                   WHEN 'Rectification' THEN CASE
                     WHEN item.completedCountNumber < item.measureCountNumber THEN 'RECTIFICATION_INCOMPLETE' END
                 END AS behindReason,
                 item.type = 'Problem' AND coalesce(item.status, 'OPEN') <> 'RECTIFIED' AS openProblem
            WITH o, collect(CASE WHEN item IS NOT NULL AND ($types IS NULL OR item.type IN $types)
                                  AND (NOT $attention OR behindReason IS NOT NULL OR openProblem)
                             THEN {item: item, best: best, behindReason: behindReason, openProblem: openProblem} END) AS entries
            RETURN o.type AS type, %2$s AS of, size(entries) AS total,
                   size([a IN entries WHERE size(a.best.through) = 0]) AS direct,
                   size([a IN entries WHERE a.behindReason IS NOT NULL]) AS behind,
                   size([a IN entries WHERE a.openProblem]) AS openProblems,
                   COLLECT { UNWIND entries AS a WITH a.item.type AS type, count(*) AS count
                             RETURN {type: type, count: count} AS c ORDER BY c.type } AS byType,
                   COLLECT {
                     UNWIND entries AS a
                     WITH a ORDER BY (a.behindReason IS NULL AND NOT a.openProblem), size(a.best.through),
                                     a.item.type, a.item.name, a.item.id
                     SKIP $offset LIMIT $limit
                     WITH a, a.item AS item, a.best.rel AS rel, a.best.resp AS resp
                     RETURN {item: %3$s, how: a.best.how, behindReason: a.behindReason, openProblem: a.openProblem,
                             responsibility: CASE WHEN resp IS NULL THEN null ELSE %4$s END,
                             through: [n IN a.best.through | %5$s],
                             sources: %6$s} AS entry
                   } AS page
            """.formatted(ChainRepository.MAX_DEPTH, GraphReader.entity("o"), GraphReader.entity("item"), GraphReader.entity("resp"),
            GraphReader.entity("n"), GraphReader.linkSources("rel"));

    private final GraphReader reader;

    ResponsibilityRepository(GraphReader reader) {
        this.reader = reader;
    }

    static Map<String, Object> parameters(String id, boolean indirect, List<String> types, boolean attention,
            int offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("indirect", indirect);
        parameters.put("bodies", BODIES);
        parameters.put("types", types);
        parameters.put("attention", attention);
        parameters.put("offset", offset);
        parameters.put("limit", limit);
        return parameters;
    }

    Map<String, Object> answeredFor(Map<String, Object> parameters) {
        List<Map<String, Object>> rows = reader.read(RESPONSIBILITIES, parameters);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
