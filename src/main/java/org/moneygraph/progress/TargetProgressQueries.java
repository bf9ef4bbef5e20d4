package org.moneygraph.progress;

import java.util.Map;

import org.moneygraph.graph.GraphReader;

/**
 * The Cypher of {@code targetProgress}. A scope query first finds the indicators, projects, problems and
 * rectifications in scope, then the same details part reads all of them with their accountable units, so a
 * whole answer costs one lookup of the scope's type and one query. Sources ({@code $withSources}) and who answers
 * ({@code $withAccountable}) are read only when the request selects them.
 */
final class TargetProgressQueries {

    private TargetProgressQueries() {
    }

    static final String SCOPE_TYPE = """
            MATCH (s:Entity {id: $scope})
            RETURN s.type AS type, %s AS scope""".formatted(GraphReader.entity("s"));

    /** Each branch starts from the scope by its ID and ends with {@code base}: the nodes the scope holds directly. */
    private static final String REGION_BASE = """
            MATCH (s:Region {id: $scope})
            MATCH (s)<-[:WITHIN*0..]-(r:Region)
            WITH collect(r) AS regions
            WITH regions + COLLECT { UNWIND regions AS r
                                     MATCH (r)<-[:IN_REGION]-(x) WHERE x:Campaign OR x:Project OR x:Organization
                                     RETURN DISTINCT x } AS base
            """;

    private static final String CAMPAIGN_BASE = """
            MATCH (s:Campaign {id: $scope})
            WITH [s] AS base
            """;

    private static final String PROJECT_BASE = """
            MATCH (s:Project {id: $scope})
            WITH [s] AS base
            """;

    // An organization answers for what it leads, commands and takes part in, and for the subjects of the
    // responsibilities it holds; what is assigned to it is found from the organization itself below.
    private static final String ORGANIZATION_BASE = """
            MATCH (s:Organization {id: $scope})
            WITH [s] + COLLECT { MATCH (s)-[:LEADS|COMMANDS|PARTICIPATES_IN]->(x) RETURN x
                                 UNION
                                 MATCH (s)<-[:HELD_BY]-(:Responsibility)-[:FOR]->(x) RETURN x } AS base
            """;

    /**
     * Campaigns and projects bring their sub-campaigns and projects; the rest is read from these anchors. Each list
     * is gathered with UNION ALL and made distinct by a subquery of one branch: a UNION's own distinct step keyed
     * its rows on the imported list too (anchors, 1,325 nodes for a county of L), so the database counted that list
     * once per row, 112 MB for a county's 3,000 indicators, and refused a city's as too large.
     */
    private static final String MEMBERS = """
            WITH %1$s AS anchors
            WITH anchors,
                 %2$s AS indicators,
                 [a IN anchors WHERE a:Project] AS projects,
                 %3$s AS problems
            WITH indicators, projects, problems,
                 %4$s AS rectifications
            """.formatted(distinct("""
                           UNWIND base AS a RETURN a AS x
                           UNION ALL
                           UNWIND base AS b
                           WITH b WHERE b:Campaign OR b:Project
                           MATCH (b)<-[:PART_OF*1..]-(a) WHERE a:Campaign OR a:Project
                           RETURN a AS x"""), distinct("""
                           UNWIND anchors AS a
                           MATCH (a)<-[:MEASURES|IN_REGION|PART_OF]-(i:Indicator) RETURN i AS x
                           UNION ALL
                           UNWIND anchors AS i WITH i WHERE i:Indicator RETURN i AS x"""), distinct("""
                           UNWIND anchors AS a
                           MATCH (a)<-[:CONCERNS|IN_REGION|ASSIGNED_TO]-(problem:Problem) RETURN problem AS x
                           UNION ALL
                           UNWIND anchors AS problem WITH problem WHERE problem:Problem RETURN problem AS x"""),
            distinct("""
                           UNWIND anchors AS a
                           MATCH (a)<-[:ASSIGNED_TO]-(r:Rectification) RETURN r AS x
                           UNION ALL
                           UNWIND problems AS problem
                           MATCH (problem)<-[:RECTIFIES]-(r:Rectification) RETURN r AS x
                           UNION ALL
                           UNWIND anchors AS r WITH r WHERE r:Rectification RETURN r AS x"""));

    /** The nodes {@code x} that the UNION ALL branches return, each once. */
    private static String distinct(String branches) {
        return "COLLECT { UNWIND COLLECT {" + branches + " } AS x RETURN DISTINCT x }";
    }

    /** The whole graph: every node of the four labels, read through their ID indexes. */
    private static final String WHOLE_GRAPH = """
            WITH COLLECT { MATCH (i:Indicator) USING INDEX i:Indicator(id)
                           WHERE i.id STARTS WITH 'Indicator:' RETURN i } AS indicators,
                 COLLECT { MATCH (project:Project) USING INDEX project:Project(id)
                           WHERE project.id STARTS WITH 'Project:' RETURN project } AS projects,
                 COLLECT { MATCH (problem:Problem) USING INDEX problem:Problem(id)
                           WHERE problem.id STARTS WITH 'Problem:' RETURN problem } AS problems,
                 COLLECT { MATCH (r:Rectification) USING INDEX r:Rectification(id)
                           WHERE r.id STARTS WITH 'Rectification:' RETURN r } AS rectifications
            """;

    /**
     * Who answers for the node {@code t}: units leading, commanding or taking part in it, units it is
     * assigned to, and holders of responsibilities for it, each with the sentences that state the link.
     */
    private static final String ACCOUNTABLE = """
            COLLECT {
              MATCH (t)<-[rel:LEADS|COMMANDS|PARTICIPATES_IN]-(o:Organization)
              RETURN {link: CASE WHEN type(rel) = 'COMMANDS' THEN 'CAMPAIGN_HEADQUARTERS'
                                 WHEN type(rel) = 'PARTICIPATES_IN' THEN 'PARTICIPATING_UNIT'
                                 WHEN t:Campaign THEN 'CAMPAIGN_LEADING_BODY' ELSE 'LEAD_UNIT' END,
                      unit: %1$s, responsibility: null, holderTitle: null, sources: %2$s} AS accountable
              UNION ALL
              MATCH (t)-[rel:ASSIGNED_TO]->(o:Organization)
              RETURN {link: 'ASSIGNED_UNIT', unit: %1$s, responsibility: null, holderTitle: null,
                      sources: %2$s} AS accountable
              UNION ALL
              MATCH (t)<-[rel:FOR]-(resp:Responsibility)
              OPTIONAL MATCH (resp)-[:HELD_BY]->(o:Organization)
              RETURN {link: 'RESPONSIBILITY', unit: CASE WHEN o IS NULL THEN null ELSE %1$s END,
                      responsibility: %3$s, holderTitle: resp.holderTitle, sources: %2$s} AS accountable
            }""".formatted(GraphReader.entityIf("o"), "CASE WHEN $withSources THEN " + linkSources("rel") + " ELSE [] END",
            GraphReader.entityIf("resp"));

    /** The sources of a relationship: the citations named by its {@code citationIds}. */
    private static String linkSources(String relationship) {
        return """
                COLLECT { MATCH (c:Citation) WHERE c.id IN coalesce(%s.citationIds, [])
                          MATCH (c)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
                          RETURN {quote: c.quote, start: c.start, end: c.end,
                                  passage: p {.id, .index, .start, .end, .documentKey, .type},
                                  document: d {.*}} AS source ORDER BY source.start }""".formatted(relationship);
    }

    // Variables c, p and d are the sources projection's own, so no variable here may take those names.
    // An item answers through its targets: itself, what it measures, and the campaigns and parent projects
    // above them. Who answers for a target is read once, however many items share it. A project's progress and late
    // milestones come from one pass over its relationships: each pass reads the node's whole chain whatever the type
    // asked, 1.9 million relationships for a province's 100,000 projects.
    // The answer is one row per item, named by the list it goes in: collected into lists, a province's items were
    // 1.3 GB of the transaction's memory, more than the database lets all transactions hold beside it under a 2 GB
    // heap. The targets are found twice when units are asked, once for who answers and once for each item.
    private static final String DETAILS = """
            CALL (indicators, projects, rectifications, problems) {
              WITH indicators, projects, rectifications WHERE $withAccountable
              CALL (indicators, projects, rectifications) {
                UNWIND indicators AS i
                %8$s
                RETURN targets
                UNION ALL
                UNWIND projects AS project
                %9$s
                RETURN targets
                UNION ALL
                UNWIND rectifications AS r
                OPTIONAL MATCH (r)-[:RECTIFIES]->(problem:Problem)
                WITH r, problem, [r] + collect(problem) AS targets
                RETURN targets
              }
              UNWIND targets AS t
              WITH DISTINCT t
              WITH t, %6$s AS accountable
              WHERE size(accountable) > 0
              RETURN 'accountableRows' AS list, {id: t.id, via: %7$s, accountable: accountable} AS item
              UNION ALL
              UNWIND indicators AS i
              %8$s
              RETURN 'indicatorRows' AS list, {node: %1$s, targets: [t IN targets | t.id]} AS item
              UNION ALL
              UNWIND projects AS project
              %9$s
              WITH project, targets,
                   COLLECT { MATCH (project)-[part:HAS_PROGRESS|HAS_MILESTONE]->(o)
                             WHERE (type(part) = 'HAS_PROGRESS' AND o:ProgressObservation)
                                OR (type(part) = 'HAS_MILESTONE' AND o:Milestone AND o.status IN ['LATE', 'MISSED'])
                             RETURN {progress: type(part) = 'HAS_PROGRESS', node: %3$s} AS part ORDER BY o.index } AS parts
              RETURN 'projectRows' AS list, {node: %2$s, targets: [t IN targets | t.id],
                                              progress: [part IN parts WHERE part.progress | part.node],
                                              lateMilestones: [part IN parts WHERE NOT part.progress | part.node]} AS item
              UNION ALL
              UNWIND rectifications AS r
              OPTIONAL MATCH (r)-[:RECTIFIES]->(problem:Problem)
              WITH r, problem, [r] + collect(problem) AS targets
              RETURN 'rectificationRows' AS list, {node: %4$s, problem: CASE WHEN problem IS NULL THEN null ELSE %5$s END,
                                                    targets: [t IN targets | t.id]} AS item
              UNION ALL
              UNWIND problems AS problem
              WITH problem WHERE problem.status IN ['OPEN', 'RECTIFYING']
              RETURN 'problemRows' AS list, %5$s AS item
            }
            RETURN list, item
            """.formatted(GraphReader.entityIf("i"), GraphReader.entityIf("project"), GraphReader.entityIf("o"),
            GraphReader.entityIf("r"), GraphReader.entityIf("problem"), ACCOUNTABLE,
            GraphReader.entityIf("t"), "%1$s", "%2$s");

    /**
     * An indicator's and a project's targets: the nodes whose units answer for them. Only who answers reads them;
     * the walk up from every indicator to its campaigns was about a third of a province's read.
     */
    private static final String WITH_TARGETS = DETAILS.formatted("""
            OPTIONAL MATCH (i)-[:MEASURES]->(subject)
              WITH i, [i] + collect(subject) AS direct
              WITH i, direct + COLLECT { UNWIND direct AS measured
                                         MATCH (measured)-[:PART_OF*1..]->(above) WHERE above:Campaign OR above:Project
                                         RETURN DISTINCT above } AS targets""", """
            WITH project, [project] + COLLECT { MATCH (project)-[:PART_OF*1..]->(above) WHERE above:Campaign OR above:Project
                                                  RETURN DISTINCT above } AS targets""");
    private static final String WITHOUT_TARGETS = DETAILS.formatted("WITH i, [] AS targets",
            "WITH project, [] AS targets");

    private static final Map<String, String> BASES = Map.of("Region", REGION_BASE + MEMBERS,
            "Campaign", CAMPAIGN_BASE + MEMBERS, "Organization", ORGANIZATION_BASE + MEMBERS,
            "Project", PROJECT_BASE + MEMBERS);

    /**
     * The progress query of a type of scope ({@code null}: the whole graph), or null when nodes of that type are
     * not scopes. Without {@code accountable} it reads no targets, and every item answers with no units.
     */
    static String query(String scopeType, boolean accountable) {
        String base = scopeType == null ? WHOLE_GRAPH : BASES.get(scopeType);
        return base == null ? null : base + (accountable ? WITH_TARGETS : WITHOUT_TARGETS);
    }
}
