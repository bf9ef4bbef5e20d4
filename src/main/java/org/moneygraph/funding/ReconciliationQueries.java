package org.moneygraph.funding;

import org.moneygraph.graph.GraphReader;

/** The Cypher of the reconciliation: the scope's nodes, their flows in and out, and each flow once. */
final class ReconciliationQueries {

    private ReconciliationQueries() {
    }

    /**
     * One round trip. Under a fund: every node its flows touch, and only that fund's flows. Under a region: the
     * region and its sub-regions, and the units, projects, beneficiary groups and funds in them. Under a unit:
     * it and its parts, the projects they lead and the funds they administer. A fund's entry flows count as
     * going out of the fund: those that name no giver, or whose giver did not receive the fund by another of its
     * flows (as the 市 hands down 308.42亿元 of 补助资金 it never records receiving), so that what the fund states
     * and what left it can be compared. A flow is read whole only when the request shows flows
     * ({@code $withFlows}); else only what the sums need. Each node's fund flows and pairings are looked at only
     * for a fund and a project: on a county of L, those two patterns alone walked 60,000 relationships for nothing.
     */
    static final String RECONCILIATION = """
            MATCH (scope:Entity {id: $scope})
            CALL (scope) {
              CALL (scope) {
                WITH scope WHERE scope:Fund
                MATCH (scope)<-[:OF_FUND]-(:FundFlow)-[:FROM|TO]->(n:Entity)
                RETURN n
                UNION
                WITH scope WHERE scope:Fund
                RETURN scope AS n
                UNION
                WITH scope WHERE scope:Region
                MATCH (scope)<-[:WITHIN*0..]-(n:Region)
                RETURN n
                UNION
                WITH scope WHERE scope:Region
                MATCH (scope)<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(n:Entity)
                WHERE n:Organization OR n:Project OR n:BeneficiaryGroup OR n:Fund
                RETURN n
                UNION
                WITH scope WHERE scope:Organization
                MATCH (scope)<-[:PART_OF*0..]-(n:Organization)
                RETURN n
                UNION
                WITH scope WHERE scope:Organization
                MATCH (scope)<-[:PART_OF*0..]-(:Organization)-[:LEADS|ADMINISTERS]->(n:Entity)
                WHERE n:Project OR n:Fund
                RETURN n
              }
              WITH DISTINCT scope, n
              CALL (scope, n) {
                OPTIONAL MATCH (n)<-[:TO]-(f:FundFlow)
                WHERE NOT scope:Fund OR EXISTS { (f)-[:OF_FUND]->(scope) }
                RETURN collect(f) AS ins
              }
              CALL (scope, n) {
                CALL (n) {
                  MATCH (n)<-[:FROM]-(f:FundFlow)
                  RETURN f
                  UNION
                  MATCH (n)<-[:OF_FUND]-(f:FundFlow)
                  WHERE n:Fund AND NOT EXISTS { (f)-[:FROM]->(:Entity)<-[:TO]-(:FundFlow)-[:OF_FUND]->(n) }
                  RETURN f
                }
                WITH scope, f WHERE NOT scope:Fund OR EXISTS { (f)-[:OF_FUND]->(scope) }
                RETURN collect(f) AS outs
              }
              RETURN collect({node: %1$s, ins: [f IN ins | f.id], outs: [f IN outs | f.id],
                              ofFund: CASE WHEN n:Fund THEN [(n)<-[:OF_FUND]-(g:FundFlow) |
                                        {id: g.id, periodYear: g.periodYear, amountYear: g.amountYear}] ELSE [] END,
                              fundLinked: n:Project
                                          AND EXISTS { (n)<-[:WITH_PROJECT]-(:Pairing)-[:WITH_FUND]->(:Fund) }}) AS rows,
                     collect(ins + outs) AS flowLists
            }
            CALL (flowLists) {
              UNWIND flowLists AS flowList
              UNWIND flowList AS f
              WITH DISTINCT f
              MATCH (f)-[:TO]->(receiver:Entity)
              OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)
              OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
              RETURN collect({flow: %2$s, fundId: fund.id, fromId: giver.id, toId: receiver.id}) AS flows
            }
            RETURN scope.type AS scopeType, %3$s AS scopeNode, rows, flows
            """.formatted(GraphReader.entityIf("n"), FlowFacts.projection("f"), GraphReader.entityIf("scope"));
}
