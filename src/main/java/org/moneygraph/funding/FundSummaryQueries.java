package org.moneygraph.funding;

import org.moneygraph.graph.GraphReader;

/**
 * The Cypher of the fund summary. The flows of a scope come back one row each, with what they are grouped by,
 * and are summed as they arrive, so a province's million flows are never held in one list. The regions and
 * campaigns the flows point to then come in a second statement, once each, with their chains up the hierarchy.
 */
final class FundSummaryQueries {

    private FundSummaryQueries() {
    }

    /**
     * Per flow: its fund's source type, the regions it belongs to (its receiver's region, else its giver's), the
     * project it reaches. The whole node only when the request selects the rows' flows ({@code $withFlows});
     * else the few properties the sums read. The giver's regions are read only for a receiver with none: on a
     * province, reading both sides for every flow took a third of the time.
     */
    private static final String FLOW_ROWS = """
            WITH DISTINCT f
            MATCH (f)-[:TO]->(receiver:Entity)
            OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
            WITH f, fund, receiver,
                 CASE WHEN receiver:Region THEN [receiver.id]
                      ELSE [(receiver)-[:IN_REGION]->(r:Region) | r.id] END AS toRegions
            RETURN %1$s AS flow,
                   fund.id AS fundId, fund.sourceType AS sourceType,
                   CASE WHEN size(toRegions) > 0 THEN toRegions
                        ELSE reduce(ids = [], giver IN [(f)-[:FROM]->(g:Entity) | g] |
                                    ids + CASE WHEN giver:Region THEN [giver.id]
                                               ELSE [(giver)-[:IN_REGION]->(r:Region) | r.id] END) END AS regions,
                   CASE WHEN receiver:Project THEN receiver.id END AS project""".formatted(FlowFacts.projection("f"));

    /**
     * Flows of the whole graph. The range index on {@code flowType}, which every flow has, finds them without a
     * label scan.
     */
    static final String SUMMARY_ALL = """
            MATCH (f:FundFlow) WHERE f.flowType IS NOT NULL
            %s
            """.formatted(FLOW_ROWS);

    /**
     * Flows of a scope. Under a region: flows touching it, its sub-regions or what is in them (the service keeps
     * those whose own region falls under the scope). Under a fund: its flows. Under a unit: flows to or from it
     * and its parts, flows of the funds they administer and flows to the projects they lead. Under a campaign:
     * flows to the projects in it or in its sub-campaigns. Any other node, or none, gives no rows; the second
     * statement says which.
     */
    static final String SUMMARY_SCOPED = """
            MATCH (scope:Entity {id: $scope})
            CALL (scope) {
              WITH scope WHERE scope:Fund
              MATCH (scope)<-[:OF_FUND]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Region
              MATCH (scope)<-[:WITHIN*0..]-(:Region)<-[:FROM|TO]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Region
              MATCH (scope)<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(:Entity)<-[:FROM|TO]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Organization
              MATCH (scope)<-[:PART_OF*0..]-(:Organization)<-[:FROM|TO]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Organization
              MATCH (scope)<-[:PART_OF*0..]-(:Organization)-[:ADMINISTERS]->(:Fund)<-[:OF_FUND]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Organization
              MATCH (scope)<-[:PART_OF*0..]-(:Organization)-[:LEADS]->(:Project)<-[:TO]-(f:FundFlow)
              RETURN f
              UNION
              WITH scope WHERE scope:Campaign
              MATCH (scope)<-[:PART_OF*1..]-(:Project)<-[:TO]-(f:FundFlow)
              RETURN f
            }
            %s
            """.formatted(FLOW_ROWS);

    /**
     * What the flows' keys point to: the scope (null when no node has its ID), the WITHIN chain of each region
     * in {@code $regionIds} up to the top with every region on it, and the campaigns above each project in
     * {@code $projectIds} through PART_OF.
     */
    static final String SUMMARY_KEYS = """
            OPTIONAL MATCH (scope:Entity {id: $scope})
            CALL () {
              UNWIND $regionIds AS regionId
              MATCH (base:Region {id: regionId})
              OPTIONAL MATCH chain = (base)-[:WITHIN*0..]->(top:Region)
              WHERE NOT EXISTS { (top)-[:WITHIN]->(:Region) }
              WITH base, chain ORDER BY length(chain) DESC
              WITH base, head(collect([x IN nodes(chain) | x.id])) AS ids
              RETURN collect({region: base.id, chain: coalesce(ids, [base.id])}) AS chains
            }
            CALL (chains) {
              UNWIND chains AS entry
              UNWIND entry.chain AS regionId
              WITH DISTINCT regionId
              MATCH (region:Region {id: regionId})
              RETURN collect(%1$s) AS regions
            }
            CALL () {
              UNWIND $projectIds AS projectId
              MATCH (project:Project {id: projectId})
              RETURN collect({project: projectId,
                              campaigns: [(project)-[:PART_OF*1..]->(campaign:Campaign) | campaign.id]}) AS projects
            }
            CALL (projects) {
              UNWIND projects AS entry
              UNWIND entry.campaigns AS campaignId
              WITH DISTINCT campaignId
              MATCH (campaign:Campaign {id: campaignId})
              RETURN collect(%2$s) AS campaigns
            }
            RETURN scope.type AS scopeType, CASE WHEN scope IS NULL THEN null ELSE %3$s END AS scopeNode,
                   chains, regions, projects, campaigns
            """.formatted(GraphReader.entityIf("region"), GraphReader.entityIf("campaign"),
            GraphReader.entityIf("scope"));
}
