package org.moneygraph.funding;

import org.moneygraph.graph.GraphReader;

/**
 * The Cypher of the money trail. A trail is read tier by tier: each query takes the frontier of the tier before
 * as a list parameter of {@code {node, fund}} items ({@code fund} null: flows of any fund) and returns the next
 * tier's flows, so the work grows with the flows visited, never with the number of paths.
 */
final class MoneyTrailQueries {

    private MoneyTrailQueries() {
    }

    /**
     * Downstream from a node: the flows it gives. From a fund also its entry flows: the flows of the fund with no
     * giver, or whose giver did not receive the fund by another of its flows (the province handing a bond down).
     * The inner EXISTS makes the planner walk from each flow's giver, not from the fund to all its flows for each
     * flow, which is quadratic in the size of the fund.
     */
    private static final String DOWNSTREAM_FLOWS = """
            CALL (n) {
              MATCH (n)<-[:FROM]-(f:FundFlow)
              RETURN f
              UNION
              MATCH (n)<-[:OF_FUND]-(f:FundFlow)
              WHERE n:Fund AND NOT EXISTS {
                MATCH (f)-[:FROM]->(:Entity)<-[:TO]-(g:FundFlow)
                WHERE g <> f AND EXISTS { (g)-[:OF_FUND]->(n) } }
              RETURN f
            }""";

    /** Upstream to a node: the flows it receives. */
    private static final String UPSTREAM_FLOWS = """
            CALL (n) {
              MATCH (n)<-[:TO]-(f:FundFlow)
              RETURN f
            }""";

    private static final String TIER = """
            UNWIND $frontier AS item
            MATCH (n:Entity {id: item.node})
            %1$s
            WITH item, f WHERE $types IS NULL OR f.flowType IN $types
            %3$s
            MATCH (f)-[:TO]->(receiver:Entity)
            OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)
            WITH collect({viaNode: item.node, viaFund: item.fund, flow: %2$s,
                          fundId: fund.id, giverId: giver.id, giverType: giver.type,
                          receiverId: receiver.id, receiverType: receiver.type}) AS hops%4$s""";

    /** A tier's givers, receivers and funds whole, each once. */
    private static final String WHOLE_ENDS = """
            ,
                 collect(DISTINCT giver) + collect(DISTINCT receiver) + collect(DISTINCT fund) AS ends
            CALL (ends) {
              UNWIND ends AS e
              WITH DISTINCT e
              RETURN collect(%s) AS nodes
            }
            RETURN hops, nodes""".formatted(GraphReader.entityIf("e"));

    /** The ends' IDs and types are in the hops already. */
    private static final String NO_ENDS = """

            RETURN hops, [] AS nodes""";

    private static final String START = """
            OPTIONAL MATCH (start:Entity {id: $id})
            CALL () {
            %s
            }
            RETURN start.type AS startType, CASE WHEN start IS NULL THEN null ELSE %s END AS start, hops, nodes""";

    private static final String PROBE = """
            UNWIND $frontier AS item
            MATCH (n:Entity {id: item.node})
            %s
            WITH item, f WHERE ($types IS NULL OR f.flowType IN $types) AND NOT f.id IN $visited
            %s
            RETURN count(f) > 0 AS more""";

    /**
     * Keeps the flows on the item's strand, with their fund bound: all of them when the item follows every fund.
     * Testing the fund's ID after the one expansion the hop needs anyway costs a quarter less than an EXISTS that
     * seeks the fund by ID for every flow (server time of a 14,000-hop tier on L: 310–353 ms before, 225–241
     * after).
     */
    private static final String ON_STRAND = """
            OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
            WITH item, f, fund WHERE item.fund IS NULL OR fund.id = item.fund""";

    static final String DOWNSTREAM_TIER = tier(DOWNSTREAM_FLOWS, NO_ENDS);
    static final String UPSTREAM_TIER = tier(UPSTREAM_FLOWS, NO_ENDS);
    static final String DOWNSTREAM_TIER_WITH_ENDS = tier(DOWNSTREAM_FLOWS, WHOLE_ENDS);
    static final String UPSTREAM_TIER_WITH_ENDS = tier(UPSTREAM_FLOWS, WHOLE_ENDS);
    /** The first tier, with the start node itself, so that checking it costs no round trip of its own. */
    static final String DOWNSTREAM_START = start(DOWNSTREAM_TIER);
    static final String UPSTREAM_START = start(UPSTREAM_TIER);
    static final String DOWNSTREAM_START_WITH_ENDS = start(DOWNSTREAM_TIER_WITH_ENDS);
    static final String UPSTREAM_START_WITH_ENDS = start(UPSTREAM_TIER_WITH_ENDS);
    /** Whether flows not yet visited leave the last frontier: the trail was cut by maxDepth. */
    static final String DOWNSTREAM_PROBE = PROBE.formatted(DOWNSTREAM_FLOWS, ON_STRAND);
    static final String UPSTREAM_PROBE = PROBE.formatted(UPSTREAM_FLOWS, ON_STRAND);

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

    /**
     * Sources are projected only when the request selects them ({@code $withSources}): four hops per node. The
     * givers, receivers and funds come once each in {@code nodes}, not once per hop, and only when the request
     * selects more of them than their IDs: a county paying a thousand projects is one node, not a thousand
     * copies of it, and a trail shown by IDs takes the ends' IDs and types from its hops (collecting the ends
     * was about a tenth of the busiest trail's server time on L). Flows are read whole only when the request
     * selects more of them than their IDs ({@code $withFlows}): the busiest county's trail on L is 25,000 flows
     * of about twenty properties each, and a trail is mostly asked for amounts and where they went.
     */
    private static String tier(String flows, String ends) {
        return TIER.formatted(flows, FlowFacts.hopProjection("f"), ON_STRAND, ends);
    }

    private static String start(String tier) {
        return START.formatted(tier, GraphReader.entityIf("start"));
    }

    static String start(TrailDirection direction, boolean withEnds) {
        return direction == TrailDirection.DOWNSTREAM
                ? withEnds ? DOWNSTREAM_START_WITH_ENDS : DOWNSTREAM_START
                : withEnds ? UPSTREAM_START_WITH_ENDS : UPSTREAM_START;
    }

    static String tier(TrailDirection direction, boolean withEnds) {
        return direction == TrailDirection.DOWNSTREAM
                ? withEnds ? DOWNSTREAM_TIER_WITH_ENDS : DOWNSTREAM_TIER
                : withEnds ? UPSTREAM_TIER_WITH_ENDS : UPSTREAM_TIER;
    }

    static String probe(TrailDirection direction) {
        return direction == TrailDirection.DOWNSTREAM ? DOWNSTREAM_PROBE : UPSTREAM_PROBE;
    }
}
