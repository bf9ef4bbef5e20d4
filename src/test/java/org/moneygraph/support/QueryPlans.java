package org.moneygraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** Plans of Cypher queries, to prove that they start from indexes rather than scanning a label. */
public final class QueryPlans {

    /** Operators that read every node, or every node of a label: fatal on a province-sized graph. */
    public static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "PartitionedAllNodesScan",
            "PartitionedNodeByLabelScan");

    private QueryPlans() {
    }

    /**
     * Every operator of the {@code EXPLAIN} plan, depth first, as the planner names them (embedded plans say
     * {@code NodeUniqueIndexSeek@neo4j}), each followed by the variables it produces.
     */
    public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    /** The scanning operators of the plan; empty when the query reads only through indexes and expansions. */
    public static List<String> scans(Driver driver, String cypher, Map<String, Object> parameters) {
        return operators(driver, cypher, parameters).stream().filter(op -> SCANS.contains(op.split("[@ ]")[0])).toList();
    }

    /** Asserts that no operator of the plan scans all nodes, or all nodes of a label. */
    public static void assertNoScans(Driver driver, String cypher, Map<String, Object> parameters) {
        assertThat(operators(driver, cypher, parameters)).as("plan operators of %s", cypher).isNotEmpty();
        assertThat(scans(driver, cypher, parameters)).as("scans in the plan of %s", cypher).isEmpty();
    }

    /** Asserts no scans, and that the plan seeks at least one index: the query starts from what it was given. */
    public static void assertStartsFromAnIndex(Driver driver, String name, String cypher, Map<String, Object> parameters) {
        List<String> operators = operators(driver, cypher, parameters);
        assertThat(operators).as("operators of %s", name).isNotEmpty()
                .noneMatch(op -> SCANS.contains(op.split("[@ ]")[0]))
                .anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") || op.startsWith("NodeIndex"));
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType() + " " + plan.identifiers());
        plan.children().forEach(child -> collect(child, into));
    }
}
