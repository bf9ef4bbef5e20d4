package org.moneygraph.funding;

import org.moneygraph.graph.GraphReader;

/**
 * The Cypher of the money trail. A trail is read tier by tier: each query takes the frontier of the tier before
 * as a list parameter of {@code {node, funds}} items ({@code funds} null: flows of any fund) and returns the next
 * tier's flows, so the work grows with the flows visited, never with the number of paths.
 */
final class MoneyTrailQueries {

    private MoneyTrailQueries() {
    }

    /**
     * Downstream from a node: the flows it gives, with it as their giver. From a fund also its entry flows: the
     * flows of the fund with no giver, or whose giver did not receive the fund by another of its flows (the
     * province handing a bond down; {@link FlowFacts#ENTRY_FLOWS}). UNION ALL, because UNION
     * would hash every flow of the tier to drop duplicates the walk drops anyway (a flow is visited once).
     */
    private static final String DOWNSTREAM_FLOWS = """
            CALL (n) {
              MATCH (n)<-[:FROM]-(f:FundFlow)
              RETURN f, n AS giver
              UNION ALL
            """ + FlowFacts.ENTRY_FLOWS + """
              RETURN f, giver
            }
            WITH item, f, giver""";

    /** Upstream to a node: the flows it receives. */
    private static final String UPSTREAM_FLOWS = """
            MATCH (n)<-[:TO]-(f:FundFlow)
            WITH item, f, n AS receiver""";

    private static final String DOWNSTREAM_OTHER_END = "MATCH (f)-[:TO]->(receiver:Entity)";
    private static final String UPSTREAM_OTHER_END = "OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)";

    /**
     * One row per flow leaving (or entering) the frontier, streamed: the rows of a tier are never held whole,
     * neither by the database nor by the service, which turns each into a compact record as it comes. The
     * province's own trail on L is a million flows, which collected into one list per tier did not fit in 2 GB.
     *
     * <p>The frontier holds each node once, with the funds it follows ({@code funds} null: every fund), so a
     * county reached by four funds has its flows expanded once and filtered, not four times: a tier of 100
     * counties reached by 400 strands read in 4.7 s instead of 7.2 (over Bolt, on L).
     */
    private static final String TIER = """
            UNWIND $frontier AS item
            MATCH (n:Entity {id: item.node})
            %1$s
            WHERE $types IS NULL OR f.flowType IN $types
            %3$s
            %4$s
            RETURN %5$sitem.rank AS viaRank, %2$s AS flow, fund.id AS fundId, giver.id AS giverId,
                   giver.type AS giverType, receiver.id AS receiverId, receiver.type AS receiverType""";

    /**
     * The first tier, after a row for the start node itself (the only row with a {@code startType}), so that
     * checking the start costs no round trip of its own.
     */
    private static final String START = """
            OPTIONAL MATCH (start:Entity {id: $id})
            RETURN start.type AS startType, CASE WHEN start IS NULL THEN null ELSE %s END AS start,
                   null AS viaRank, null AS flow, null AS fundId, null AS giverId, null AS giverType,
                   null AS receiverId, null AS receiverType
            UNION ALL
            """.formatted(GraphReader.entityIf("start"));
    private static final String FIRST_COLUMNS = "null AS startType, null AS start, ";

    /**
     * What ends a trail, in one round trip: whether flows not yet visited leave the last frontier (the trail was
     * cut by {@code maxDepth}) when {@code $probe}, and the givers, receivers and funds whole, each once, when
     * the request shows more of them than their IDs ({@code $ends}, empty when not).
     */
    private static final String FINISH = """
            CALL () {
              UNWIND CASE WHEN $probe THEN $frontier ELSE [] END AS item
              MATCH (n:Entity {id: item.node})
              %1$s
              WHERE ($types IS NULL OR f.flowType IN $types) AND NOT f.id IN $visited
              %2$s
              RETURN count(f) > 0 AS more
            }
            CALL () {
              UNWIND $ends AS id
              MATCH (e:Entity {id: id})
              RETURN collect(%3$s) AS nodes
            }
            RETURN more, nodes""";

    /**
     * Keeps the flows on the item's strands, with their fund bound: all of them when the item follows every
     * fund. Testing the fund's ID after the one expansion the hop needs anyway costs a quarter less than an
     * EXISTS that seeks the fund by ID for every flow (server time of a 14,000-hop tier on L: 310–353 ms before,
     * 225–241 after).
     */
    private static final String ON_STRAND = """
            OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
            WITH item, f, %s, fund WHERE item.funds IS NULL OR fund.id IN item.funds""";

    private static final String DOWNSTREAM_ON_STRAND = ON_STRAND.formatted("giver");
    private static final String UPSTREAM_ON_STRAND = ON_STRAND.formatted("receiver");

    static final String DOWNSTREAM_TIER = downstream("");
    static final String UPSTREAM_TIER = upstream("");
    static final String DOWNSTREAM_START = START + downstream(FIRST_COLUMNS);
    static final String UPSTREAM_START = START + upstream(FIRST_COLUMNS);
    static final String DOWNSTREAM_FINISH = FINISH.formatted(DOWNSTREAM_FLOWS, DOWNSTREAM_ON_STRAND,
            GraphReader.entityIf("e"));
    static final String UPSTREAM_FINISH = FINISH.formatted(UPSTREAM_FLOWS, UPSTREAM_ON_STRAND,
            GraphReader.entityIf("e"));

    private static String downstream(String firstColumns) {
        return TIER.formatted(DOWNSTREAM_FLOWS, FlowFacts.hopProjection("f"), DOWNSTREAM_ON_STRAND,
                DOWNSTREAM_OTHER_END, firstColumns);
    }

    private static String upstream(String firstColumns) {
        return TIER.formatted(UPSTREAM_FLOWS, FlowFacts.hopProjection("f"), UPSTREAM_ON_STRAND, UPSTREAM_OTHER_END,
                firstColumns);
    }

    /**
     * What a page of hops shows beyond the walk: its flows and ends whole, by ID, sources when {@code $withSources}.
     * The walk found them a moment ago; one that is gone since is simply not returned.
     */
    static final String DETAILS = """
            CALL () {
              UNWIND $flows AS id
              MATCH (f:Entity {id: id}) WHERE f:FundFlow
              RETURN collect(%1$s) AS flows
            }
            CALL () {
              UNWIND $ends AS id
              MATCH (e:Entity {id: id})
              RETURN collect(%2$s) AS nodes
            }
            RETURN flows, nodes""".formatted(GraphReader.entityIf("f"), GraphReader.entityIf("e"));

    static String start(TrailDirection direction) {
        return direction == TrailDirection.DOWNSTREAM ? DOWNSTREAM_START : UPSTREAM_START;
    }

    /**
     * Sources are projected only when the request selects them ({@code $withSources}): four hops per node.
     * Flows are read whole only when the request selects more of them than their IDs ({@code $withFlows}): the
     * busiest county's trail on L is 25,000 flows of about twenty properties each, and a trail is mostly asked
     * for amounts and where they went. The ends come as IDs and types; {@link #finish} reads them whole, once
     * each, when the request shows more of them.
     */
    static String tier(TrailDirection direction) {
        return direction == TrailDirection.DOWNSTREAM ? DOWNSTREAM_TIER : UPSTREAM_TIER;
    }

    static String finish(TrailDirection direction) {
        return direction == TrailDirection.DOWNSTREAM ? DOWNSTREAM_FINISH : UPSTREAM_FINISH;
    }
}
