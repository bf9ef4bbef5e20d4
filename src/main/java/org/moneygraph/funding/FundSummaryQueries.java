package org.moneygraph.funding;

import java.util.Map;

import org.moneygraph.graph.GraphReader;

/**
 * The Cypher of the fund summary: the flows of a scope with what they are grouped by. Regions and campaigns come
 * back once each, with their chains up the hierarchy, not once per flow.
 */
final class FundSummaryQueries {

    private FundSummaryQueries() {
    }

    /**
     * Per flow: its fund's source type, the regions it belongs to (its receiver's region, else its giver's), the
     * project it reaches. Then the WITHIN chain of each such region up to the top, and the campaigns above each
     * project through PART_OF.
     */
    private static final String KEYS = """
            WITH DISTINCT f
            MATCH (f)-[:TO]->(receiver:Entity)
            OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)
            OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
            WITH f, fund, receiver,
                 CASE WHEN receiver:Region THEN [receiver.id]
                      ELSE [(receiver)-[:IN_REGION]->(r:Region) | r.id] END AS toRegions,
                 CASE WHEN giver IS NULL THEN []
                      WHEN giver:Region THEN [giver.id]
                      ELSE [(giver)-[:IN_REGION]->(r:Region) | r.id] END AS fromRegions
            RETURN collect({flow: %1$s, fundId: fund.id, sourceType: fund.sourceType,
                            regions: CASE WHEN size(toRegions) > 0 THEN toRegions ELSE fromRegions END,
                            project: CASE WHEN receiver:Project THEN receiver.id END}) AS flows""";

    private static final String HIERARCHIES = """
            CALL (flows) {
              UNWIND flows AS row
              UNWIND row.regions AS regionId
              WITH DISTINCT regionId
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
            CALL (flows) {
              UNWIND flows AS row
              WITH DISTINCT row.project AS projectId WHERE projectId IS NOT NULL
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
            }""";

    /**
     * Flows of the whole graph. The range index on {@code flowType}, which every flow has, finds them without a
     * label scan.
     */
    static final String SUMMARY_ALL = """
            CALL () {
              MATCH (f:FundFlow) WHERE f.flowType IS NOT NULL
              %1$s
            }
            %2$s
            RETURN null AS scopeType, null AS scopeNode, flows, chains, regions, projects, campaigns
            """.formatted(KEYS.formatted(GraphReader.entityIf("f")),
            HIERARCHIES.formatted(GraphReader.entityIf("region"), GraphReader.entityIf("campaign")));

    /**
     * Flows of a scope. Under a region: flows touching it, its sub-regions or what is in them (the service keeps
     * those whose own region falls under the scope). Under a fund: its flows. Under a unit: flows to or from it
     * and its parts, flows of the funds they administer and flows to the projects they lead. Under a campaign:
     * flows to the projects in it or in its sub-campaigns.
     */
    static final String SUMMARY_SCOPED = """
            MATCH (scope:Entity {id: $scope})
            CALL (scope) {
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
              %1$s
            }
            %2$s
            RETURN scope.type AS scopeType, %3$s AS scopeNode, flows, chains, regions, projects, campaigns
            """.formatted(KEYS.formatted(GraphReader.entityIf("f")),
            HIERARCHIES.formatted(GraphReader.entityIf("region"), GraphReader.entityIf("campaign")),
            GraphReader.entityIf("scope"));

    static final Map<String, String> ALL = Map.of("SUMMARY_ALL", SUMMARY_ALL, "SUMMARY_SCOPED", SUMMARY_SCOPED);
}
