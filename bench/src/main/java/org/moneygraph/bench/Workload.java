package org.moneygraph.bench;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fixed mix of the benchmark, with its parameters read from the data. */
final class Workload {

    private static final int PAGE = 20;

    private Workload() {
    }

    static List<QueryKind> of(Parameters p) {
        return List.of(
                // Not a question of the issue: the fixed cost of one request through each stack, as a baseline.
                new QueryKind("ping", i -> Map.of(), "{ __typename }", false,
                        Floor.statement("RETURN 'Query' AS __typename"), "{ __typename }", Set.of("__typename")),
                new QueryKind("projectDetail", i -> Map.of("id", Parameters.pick(p.projects(), i)), """
                        query($id: ID!) { node(id: $id) { ... on Project {
                          id name status
                          campaign { id name }
                          leadUnits { id name } participatingUnits { id name }
                          funding { id name flowType }
                        } } }""", false, Floor.statement("""
                        MATCH (p:Project {id: $id})
                        RETURN p.id AS id, p.name AS name, p.status AS status,
                               [(p)-[:PART_OF]->(c:Campaign) | c {.id, .name}] AS campaign,
                               [(o:Organization)-[:LEADS]->(p) | o {.id, .name}] AS leadUnits,
                               [(o:Organization)-[:PARTICIPATES_IN]->(p) | o {.id, .name}] AS participatingUnits,
                               [(f:FundFlow)-[:TO]->(p) | f {.id, .name, .flowType}] AS funding"""), """
                        query($id: ID!) { projects(where: { id: { eq: $id } }) {
                          id name status
                          campaign { id name }
                          leadUnits { id name } participatingUnits { id name }
                          funding { id name flowType }
                        } }""", Set.of("id", "name", "status", "flowType")),
                new QueryKind("search", i -> search(Parameters.pick(p.words(), i)), """
                        query($text: String!) { search(text: $text, first: 10) {
                          totalCount edges { node { score node { id } } } } }""", false, Floor.statement("""
                        CALL () {
                          CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
                          RETURN node, score
                          UNION ALL
                          CALL db.index.fulltext.queryNodes('citation_quote', $query) YIELD node AS c, score
                          MATCH (node:Entity)-[:SOURCED_FROM]->(c)
                          RETURN node, score * 0.5 AS score
                        }
                        WITH node, max(score + CASE WHEN node.name = $text THEN 10.0
                                               WHEN node.name CONTAINS $text THEN 5.0 ELSE 0.0 END) AS score
                        ORDER BY score DESC, node.id
                        WITH collect(node.id) AS ids
                        RETURN size(ids) AS totalCount, [id IN ids[0..10] | {id: id}] AS hits"""), null,
                        Set.of("id", "totalCount")),
                projectsIn("projectsInRegion", p.counties()),
                // The same question on counties alone, which hold about as much at every size: how it grows with
                // the graph, where projectsInRegion's mix also grows with the cities a larger graph has.
                projectsIn("projectsInCounty", p.countiesOnly()),
                new QueryKind("regionsPage", i -> page(p, i), """
                        query($level: RegionLevel!, $after: String) {
                          regions(filter: { levels: [$level] }, first: 20, after: $after) {
                            edges { node { id name level parent { id name } } } } }""", false, Floor.statement("""
                        MATCH (r:Region) WHERE r.level = $level AND r.name IS NOT NULL
                        WITH r ORDER BY r.level, r.name, r.id SKIP $offset LIMIT 20
                        RETURN r.id AS id, r.name AS name, r.level AS level,
                               [(r)-[:WITHIN]->(up:Region) | up {.id, .name}] AS parent"""), """
                        query($level: RegionLevel!, $offset: Int!) {
                          regions(where: { level: { eq: $level } }, sort: [{ name: ASC }, { id: ASC }],
                                  limit: 20, offset: $offset) { id name level parent { id name } } }""",
                        Set.of("id", "name", "level")),
                new QueryKind("accountabilityChain", i -> Map.of("id", Parameters.pick(p.projects(), i)), """
                        query($id: ID!) { accountabilityChain(subject: $id) {
                          complete parties { depth node { id } } } }""", false, Floor.statement("""
                        MATCH (s:Entity {id: $id})
                        OPTIONAL MATCH (s) ((a)-[r]-(b)
                            WHERE (startNode(r) = a AND type(r) IN ['PART_OF', 'DIRECTED_BY', 'MEMBER_OF',
                                   'HELD_BY', 'MEASURES', 'CONCERNS', 'ASSIGNED_TO', 'RECTIFIES', 'FROM', 'OF_FUND',
                                   'HELPER'])
                               OR (endNode(r) = a AND type(r) IN ['LEADS', 'PARTICIPATES_IN', 'COMMANDS', 'FOR',
                                   'ADMINISTERS', 'IN_REGION']
                                   AND (type(r) <> 'IN_REGION' OR b.kind IN ['GOVERNMENT', 'PARTY_COMMITTEE']))
                          ){1,12} (t)
                        WITH s, t, size(r) AS depth
                        WITH s, t, min(depth) AS depth
                        WHERE t IS NOT NULL AND t <> s
                          AND (NOT t:Responsibility OR NOT EXISTS { (t)-[:HELD_BY]->(:Organization) })
                        RETURN t.id AS id, depth
                        UNION
                        MATCH (s:Entity {id: $id}) RETURN s.id AS id, 0 AS depth"""), null, Set.of("id")),
                trail(p, 4),
                trail(p, 6),
                trailPage(p, 6),
                // The service's rules, written again in plain Cypher: the same nodes and entry flows, intentions
                // kept out, a masked or non-money amount making its side unknown; floats instead of decimals.
                new QueryKind("reconciliation", i -> Map.of("scope", Parameters.pick(p.counties(), i)), """
                        query($scope: ID!) { reconciliation(scope: $scope) {
                          rows { node { id } inYuan outYuan retained } } }""", true, Floor.statement("""
                        MATCH (scope:Region {id: $scope})
                        CALL (scope) {
                          MATCH (scope)<-[:WITHIN*0..]-(r:Region) RETURN r AS n
                          UNION
                          MATCH (scope)<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(n)
                          WHERE n:Organization OR n:Project OR n:BeneficiaryGroup OR n:Fund
                          RETURN n
                        }
                        WITH DISTINCT n
                        CALL (n) {
                          OPTIONAL MATCH (n)<-[:TO]-(f:FundFlow)
                          RETURN collect(f) AS ins
                        }
                        CALL (n) {
                          CALL (n) {
                            MATCH (n)<-[:FROM]-(f:FundFlow)
                            RETURN f
                            UNION
                            MATCH (n)<-[:OF_FUND]-(f:FundFlow)
                            WHERE n:Fund AND NOT EXISTS { (f)-[:FROM]->(:Entity)<-[:TO]-(:FundFlow)-[:OF_FUND]->(n) }
                            RETURN f
                          }
                          RETURN collect(f) AS outs
                        }
                        WITH n, ins, outs, n:Fund AND n.amountText IS NOT NULL AS stated
                        WHERE size(ins) > 0 OR size(outs) > 0 OR stated
                        WITH n, stated,
                             [f IN ins WHERE NOT f.flowType IN ['REQUESTED', 'PLANNED']] AS movedIn,
                             [f IN outs WHERE NOT f.flowType IN ['REQUESTED', 'PLANNED']] AS movedOut
                        WITH n,
                             CASE WHEN stated THEN CASE WHEN n.amountUnit = '元' AND NOT coalesce(n.amountMasked, false)
                                                        THEN toFloat(n.amountValue) END
                                  WHEN size(movedIn) > 0 AND all(f IN movedIn WHERE f.amountUnit = '元'
                                       AND NOT coalesce(f.amountMasked, false) AND f.amountValue IS NOT NULL)
                                  THEN reduce(s = 0.0, f IN movedIn | s + toFloat(f.amountValue)) END AS inYuan,
                             CASE WHEN all(f IN movedOut WHERE f.amountUnit = '元'
                                       AND NOT coalesce(f.amountMasked, false) AND f.amountValue IS NOT NULL)
                                  THEN reduce(s = 0.0, f IN movedOut | s + toFloat(f.amountValue)) END AS outYuan
                        RETURN n.id AS id, inYuan, outYuan, inYuan - outYuan AS retained"""), null,
                        Set.of("id")),
                new QueryKind("fundSummary", i -> Map.of("scope", p.province()), """
                        query($scope: ID!) { fundSummary(scope: $scope, groupBy: [SOURCE_TYPE, FLOW_TYPE]) {
                          rows { sourceType flowType flowCount yuan maskedCount } } }""", false, Floor.statement("""
                        MATCH (scope:Region {id: $scope})
                        MATCH (f:FundFlow)-[:TO]->(receiver:Entity)
                        OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)
                        WITH scope, f,
                             CASE WHEN receiver:Region THEN [receiver]
                                  ELSE [(receiver)-[:IN_REGION]->(r:Region) | r] END AS toRegions,
                             CASE WHEN giver IS NULL THEN [] WHEN giver:Region THEN [giver]
                                  ELSE [(giver)-[:IN_REGION]->(r:Region) | r] END AS fromRegions
                        WITH scope, f, CASE WHEN size(toRegions) > 0 THEN toRegions ELSE fromRegions END AS regions
                        WHERE any(r IN regions WHERE EXISTS { (r)-[:WITHIN*0..]->(scope) })
                        OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
                        RETURN fund.sourceType AS sourceType, f.flowType AS flowType, count(f) AS flowCount,
                               sum(CASE WHEN f.amountValue IS NULL THEN 1 ELSE 0 END) AS maskedCount"""), null,
                        Set.of("sourceType", "flowType", "flowCount", "maskedCount")));
    }

    /** What both trail kinds show of a hop. */
    private static final String TRAIL_HOP = "flow { id } to { id } flowType amount { yuan }";

    private static QueryKind trail(Parameters p, int depth) {
        return trail(p, "moneyTrail" + depth, depth, "hops { " + TRAIL_HOP + " }", Floor.moneyTrail(),
                Set.of("id", "flowType", "yuan", "flowCount"));
    }

    /**
     * The trail as a dashboard asks for it: the totals of the trail and of each tier, and the first page of each
     * tier's hops. The walk is the whole trail's; the answer holds at most {@value PAGE} hops a tier.
     */
    private static QueryKind trailPage(Parameters p, int depth) {
        return trail(p, "moneyTrailPage" + depth, depth, "totals { flowCount yuan } hopsConnection(first: " + PAGE
                + ") { totalCount edges { node { " + TRAIL_HOP + " } } }", Floor.moneyTrailPage(PAGE),
                Set.of("id", "flowType", "yuan", "flowCount", "totalCount"));
    }

    /** A trail downstream from the givers in turn, with its totals and {@code tier} of each tier. */
    private static QueryKind trail(Parameters p, String name, int depth, String tier, Floor.Question floor,
            Set<String> keyFields) {
        return new QueryKind(name, i -> Map.of("from", Parameters.pick(p.givers(), i), "depth", depth), """
                query($from: ID!, $depth: Int!) {
                  moneyTrail(from: $from, direction: DOWNSTREAM, maxDepth: $depth) {
                    totals { flowCount yuan }
                    tiers { %s } } }""".formatted(tier), false, floor, null, keyFields);
    }

    /**
     * The words as the service sends them to Lucene: a phrase match boosted, then the loose bigram match. The
     * words hold no Lucene operators (see {@link Parameters}), so nothing needs escaping.
     */
    private static QueryKind projectsIn(String name, List<String> regions) {
        return new QueryKind(name, i -> Map.of("region", Parameters.pick(regions, i)), """
                query($region: ID!) { projects(filter: { region: $region }, first: 20) {
                  totalCount edges { node { id name status } } } }""", false, Floor.statement("""
                MATCH (scope:Region {id: $region})
                CALL (scope) {
                  MATCH (scope)<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(p:Project)
                  WITH DISTINCT p ORDER BY p.name, p.id
                  RETURN collect(p {.id, .name, .status}) AS found
                }
                RETURN size(found) AS totalCount, found[0..20] AS page"""), null, Set.of("id", "totalCount"));
    }

    private static Map<String, Object> search(String word) {
        return Map.of("text", word, "query", "\"" + word + "\"^4 OR (" + word + ")");
    }

    /** Page {@code i mod pages} of the level's regions, as our cursor and as the peer's offset. */
    private static Map<String, Object> page(Parameters p, int i) {
        int offset = Math.floorMod(i, p.pages()) * PAGE;
        String after = offset == 0 ? null : Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + (offset - 1)).getBytes(StandardCharsets.UTF_8));
        var variables = new java.util.HashMap<String, Object>();
        variables.put("level", p.pageLevel());
        variables.put("after", after);
        variables.put("offset", offset);
        return variables;
    }
}
