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
     * and what left it can be compared ({@link FlowFacts#ENTRY_FLOWS}). A flow is read whole only when the
     * request shows flows ({@code $withFlows}); else only what the sums need. A flow's giver, receiver and fund
     * are not read: each row's ins and outs say which flows touch it, and a flow shown loads its ends itself.
     * Each node's fund flows and pairings are looked at only for the flags, and only for a fund and a project: on
     * a county of L, those two patterns alone walked 60,000 relationships for nothing.
     *
     * <p>Under a fund the sides come from the fund's own flows, each read once from its fund and grouped by its
     * ends, instead of from every flow of every node they touch, kept if it is of the fund: on the largest fund of
     * L (250,000 flows touching 70,000 nodes, which have 1.1 million flows in all) the statement took 6.5–7.2 s
     * instead of 10.5–11.6 s. A flow has one fund, so only the scope's own entry flows can be the scope's.
     */
    private static final String TEMPLATE = """
            MATCH (scope:Entity {id: $scope})
            CALL (scope) {
              CALL (scope) {
                WITH scope WHERE scope:Fund
                CALL (scope) {
                  MATCH (scope)<-[:OF_FUND]-(f:FundFlow)-[:TO]->(n:Entity)
                  RETURN n, f, true AS incoming
                  UNION ALL
                  MATCH (scope)<-[:OF_FUND]-(f:FundFlow)-[:FROM]->(n:Entity)
                  RETURN n, f, false AS incoming
                  UNION ALL
                  WITH scope AS n
                  CALL (n) {
            """ + FlowFacts.ENTRY_FLOWS + """
                    RETURN f
                  }
                  RETURN n, f, false AS incoming
                  UNION ALL
                  RETURN scope AS n, null AS f, null AS incoming
                }
                RETURN n, collect(DISTINCT CASE WHEN incoming THEN f END) AS ins,
                       collect(DISTINCT CASE WHEN NOT incoming THEN f END) AS outs
                UNION ALL
                WITH scope WHERE NOT scope:Fund
                CALL (scope) {
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
                CALL (n) {
                  OPTIONAL MATCH (n)<-[:TO]-(f:FundFlow)
                  RETURN collect(f) AS ins
                }
                CALL (n) {
                  CALL (n) {
                    MATCH (n)<-[:FROM]-(f:FundFlow)
                    RETURN f
                    UNION
            """ + FlowFacts.ENTRY_FLOWS + """
                    RETURN f
                  }
                  RETURN collect(f) AS outs
                }
                RETURN n, ins, outs
              }
            %s""";

    /** The rows with the IDs of their flows, and each flow of the scope once, for the service to add up. */
    private static final String FLOWS = """
              RETURN collect({node: %1$s, ins: [f IN ins | f.id], outs: [f IN outs | f.id], %4$s}) AS rows,
                     collect(ins + outs) AS flowLists
            }
            CALL (flowLists) {
              UNWIND flowLists AS flowList
              UNWIND flowList AS f
              WITH DISTINCT f
              RETURN collect(%2$s) AS flows
            }
            RETURN scope.type AS scopeType, %3$s AS scopeNode, rows, flows""";

    /**
     * Each row's sides already counted, for a request that shows only the balances (no sides, flags or totals):
     * per side the flows that moved money in the year asked and the known amounts among them as stored, which the
     * service adds up exactly. A balance needs no more: a side with any flow whose amount is not known (masked, or
     * not money) has no whole sum. Known is {@code FlowFacts.yuan()} (money, not masked, with a value) and the
     * year {@code FlowFacts.year()}. The flows are not read once more each, nor handed over as maps: on the busiest
     * county of L the service spent a fifth of its CPU on those maps, and the statement alone took 126–205 ms over
     * Bolt against 105–114 ms for this one.
     *
     * <p>Each flow's properties are read in one projection first: a map projection reads the properties it names
     * in one pass over the node's property records, where each {@code f.x} on a node starts that pass again (six
     * per flow here). On the same county the statement took 92 ms instead of 114 ms.
     */
    private static final String BALANCES = """
              WITH n, [f IN ins | f {.flowType, .amountText, .amountUnit, .amountMasked, .amountValue, .periodYear,
                                     .amountYear}] AS ins,
                   [f IN outs | f {.flowType, .amountText, .amountUnit, .amountMasked, .amountValue, .periodYear,
                                   .amountYear}] AS outs
              WITH n, [f IN ins WHERE $year IS NULL OR coalesce(f.periodYear, f.amountYear) = $year] AS ins,
                   [f IN outs WHERE $year IS NULL OR coalesce(f.periodYear, f.amountYear) = $year] AS outs
              WHERE size(ins) > 0 OR size(outs) > 0 OR n:Fund
              WITH n, size(ins) AS inCount, size(outs) AS outCount,
                   [f IN ins WHERE NOT coalesce(f.flowType IN $intended, false)] AS movedIn,
                   [f IN outs WHERE NOT coalesce(f.flowType IN $intended, false)] AS movedOut
              RETURN collect({node: %1$s, inCount: inCount, outCount: outCount,
                              movedIn: {flowCount: size(movedIn), known: [f IN movedIn WHERE %2$s | f.amountValue]},
                              movedOut: {flowCount: size(movedOut), known: [f IN movedOut WHERE %2$s | f.amountValue]}})
                     AS rows
            }
            RETURN scope.type AS scopeType, %3$s AS scopeNode, rows""";

    private static final String KNOWN = "f.amountText IS NOT NULL AND coalesce(f.amountUnit = '元', false)"
            + " AND NOT coalesce(f.amountMasked, false) AND f.amountValue IS NOT NULL";

    /**
     * What only the flags read: a fund's flows of any year (no downstream use) and whether a project has a fund
     * through a pairing (unfunded project). The second alone walked 31,000 relationships on a county of L.
     */
    private static final String FLAG_FACTS = """
            ofFund: CASE WHEN n:Fund THEN [(n)<-[:OF_FUND]-(g:FundFlow) |
                      {id: g.id, periodYear: g.periodYear, amountYear: g.amountYear}] ELSE [] END,
            fundLinked: n:Project AND EXISTS { (n)<-[:WITH_PROJECT]-(:Pairing)-[:WITH_FUND]->(:Fund) }""";

    /**
     * A row's node: whole when the request shows more of it than its ID or asks for flags, whose messages name
     * it ({@code $withNodes}); else what the row reads (a fund's stated amount and its year).
     */
    private static final String NODE = "CASE WHEN $withNodes THEN " + GraphReader.entityIf("n") + " ELSE n {.id, .type,"
            + " .amountText, .amountValue, .amountUnit, .amountQualifier, .amountMasked, .amountAsOf, .amountYear,"
            + " .periodYear} END";

    static final String RECONCILIATION = TEMPLATE.formatted(FLOWS).formatted(NODE, FlowFacts.projection("f"),
            GraphReader.entityIf("scope"), FLAG_FACTS);

    /** For a request that does not select flags: the rows and totals need none of their facts. */
    static final String RECONCILIATION_WITHOUT_FLAGS = TEMPLATE.formatted(FLOWS).formatted(NODE,
            FlowFacts.projection("f"), GraphReader.entityIf("scope"), "ofFund: [], fundLinked: false");

    /** For a request that shows only the rows' balances and nodes. */
    static final String BALANCES_ONLY = TEMPLATE.formatted(BALANCES).formatted(NODE, KNOWN,
            GraphReader.entityIf("scope"));
}
