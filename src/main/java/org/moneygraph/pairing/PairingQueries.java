package org.moneygraph.pairing;

import org.moneygraph.graph.GraphReader;

/** The Cypher of {@code pairingNetwork}: one query finds the starting parties, then one query per hop. */
final class PairingQueries {

    private PairingQueries() {
    }

    /**
     * The node asked about and the parties the network starts from: a region with every region within it
     * and the units located there, a unit itself, or the two parties of a pairing.
     */
    static final String START = """
            MATCH (a:Entity {id: $around})
            RETURN a.type AS type, %s AS around,
                   COLLECT { MATCH (a:Region)<-[:WITHIN*0..]-(r:Region) RETURN r.id AS id
                             UNION
                             MATCH (a:Region)<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(o:Organization) RETURN o.id AS id
                             UNION
                             MATCH (a:Organization) RETURN a.id AS id
                             UNION
                             MATCH (a:Pairing)-[:HELPER|HELPED]->(party) RETURN party.id AS id } AS starts
            """.formatted(GraphReader.entity("a"));

    /**
     * The pairings of the frontier's parties not reached before, with both parties, funds and projects, and their
     * sentences when {@code $withSources}: for a province's 20,000 pairings those were most of a 3 s read that a
     * count or a drawing without sentences does not need. Variables c, p and d belong to the sources projection,
     * so none is used here.
     */
    static final String HOP = """
            UNWIND $frontier AS id
            MATCH (:Entity {id: id})<-[:HELPER|HELPED]-(x:Pairing)
            WITH DISTINCT x WHERE NOT x.id IN $seen
            MATCH (x)-[:HELPER]->(helper), (x)-[:HELPED]->(helped)
            RETURN x.id AS id, %s AS pairing, %s AS helper, %s AS helped,
                   COLLECT { MATCH (x)-[:WITH_FUND]->(f:Fund) RETURN %s ORDER BY f.id } AS funds,
                   COLLECT { MATCH (x)-[:WITH_PROJECT]->(project:Project) RETURN %s ORDER BY project.id } AS projects
            ORDER BY id
            """.formatted(GraphReader.entityIf("x"), GraphReader.entityIf("helper"), GraphReader.entityIf("helped"),
            GraphReader.entityIf("f"), GraphReader.entityIf("project"));
}
