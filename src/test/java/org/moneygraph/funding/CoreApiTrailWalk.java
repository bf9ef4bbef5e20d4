package org.moneygraph.funding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * How fast a downstream trail can be walked at all: Neo4j's embedded core API, in the database's JVM, on one
 * thread, with the floor's strands (a node followed once per fund that reached it, once for all funds when reached
 * as the start or as a fund) and the six properties per flow the benchmark's hops need. No query language, no
 * GraphQL, no JSON. Not a test: a measurement for docs/performance.md (round eleven), run on a stopped service's
 * data folder.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) org.moneygraph.funding.CoreApiTrailWalk \
 *     /tmp/gen-l Region:gen-x2 6 25</pre>
 */
public final class CoreApiTrailWalk {

    private static final RelationshipType FROM = RelationshipType.withName("FROM");
    private static final RelationshipType TO = RelationshipType.withName("TO");
    private static final RelationshipType OF_FUND = RelationshipType.withName("OF_FUND");
    private static final Label ENTITY = Label.label("Entity");
    private static final Label FUND_FLOW = Label.label("FundFlow");

    private CoreApiTrailWalk() {
    }

    private record Step(String node, String fund) {
    }

    public static void main(String[] args) {
        var dbms = new DatabaseManagementServiceBuilder(Path.of(args[0])).setConfig(BoltConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false).build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (int run = 0; run < Integer.parseInt(args[3]); run++) {
                long start = System.nanoTime();
                int hops;
                try (Transaction tx = db.beginTx()) {
                    hops = walk(tx, args[1], Integer.parseInt(args[2]));
                }
                System.out.printf("walk %d: %d hops in %.0f ms%n", run + 1, hops, (System.nanoTime() - start) / 1e6);
            }
        }
        finally {
            dbms.shutdown();
        }
    }

    private static int walk(Transaction tx, String from, int depth) {
        List<Step> frontier = List.of(new Step(from, null));
        Set<String> strands = new HashSet<>(Set.of(from + "|"));
        Set<String> seenFlows = new HashSet<>();
        int hops = 0;
        for (int tier = 1; tier <= depth && !frontier.isEmpty(); tier++) {
            List<Step> next = new ArrayList<>();
            for (Step step : frontier) {
                Node node = tx.findNode(ENTITY, "id", step.node());
                if (node == null) {
                    continue;
                }
                for (Relationship given : node.getRelationships(Direction.INCOMING, FROM)) {
                    Node flow = given.getStartNode();
                    if (!flow.hasLabel(FUND_FLOW)) {
                        continue;
                    }
                    Relationship ofFund = flow.getSingleRelationship(OF_FUND, Direction.OUTGOING);
                    String fund = ofFund == null ? null : (String) ofFund.getEndNode().getProperty("id");
                    Relationship to = flow.getSingleRelationship(TO, Direction.OUTGOING);
                    if ((step.fund() != null && !step.fund().equals(fund)) || to == null) {
                        continue;
                    }
                    var facts = flow.getProperties("id", "flowType", "periodYear", "amountValue", "amountUnit",
                            "amountMasked");
                    Node receiver = to.getEndNode();
                    String receiverId = (String) receiver.getProperty("id");
                    if (!seenFlows.add((String) facts.get("id"))) {
                        continue;
                    }
                    hops++;
                    String strand = "Fund".equals(receiver.getProperty("type")) ? null : fund;
                    if (!strands.contains(receiverId + "|")
                            && strands.add(receiverId + "|" + (strand == null ? "" : strand))) {
                        next.add(new Step(receiverId, strand));
                    }
                }
            }
            frontier = next;
        }
        return hops;
    }
}
