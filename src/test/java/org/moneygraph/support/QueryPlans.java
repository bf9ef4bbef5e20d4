package org.moneygraph.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.Plan;

/** Reads the plan Neo4j would run for a query, to prove it starts from an index and never scans a label. */
public final class QueryPlans {

    /** Operators that read every node, or every node of a label: fatal on a province-sized graph. */
    public static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "PartitionedAllNodesScan",
            "PartitionedNodeByLabelScan");

    private QueryPlans() {
    }

    /** Every operator of the {@code EXPLAIN} plan of the query, depth first. */
    public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    /** The scanning operators of the plan, by name with their arguments; empty when the query uses indexes. */
    public static List<String> scans(Driver driver, String cypher, Map<String, Object> parameters) {
        return operators(driver, cypher, parameters).stream()
                .filter(op -> SCANS.contains(op.split("[@ ]")[0])).toList();
    }

    private static void collect(Plan plan, List<String> into) {
        // Embedded plans name operators like "NodeByLabelScan@neo4j"; keep the name and what it reads.
        into.add(plan.operatorType() + " " + plan.identifiers());
        plan.children().forEach(child -> collect(child, into));
    }
}
