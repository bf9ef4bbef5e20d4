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

    private static final List<String> SCANS = List.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan");

    private QueryPlans() {
    }

    /** Every operator of the plan of {@code cypher}, as the planner names them ({@code NodeUniqueIndexSeek} …). */
    public static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    /** Asserts that no operator of the plan scans all nodes, or all nodes of a label. */
    public static void assertNoScans(Driver driver, String cypher, Map<String, Object> parameters) {
        List<String> operators = operators(driver, cypher, parameters);
        assertThat(operators).as("plan operators of %s", cypher).isNotEmpty();
        assertThat(operators).as("plan operators of %s", cypher)
                .noneMatch(op -> SCANS.stream().anyMatch(scan -> op.equals(scan) || op.startsWith(scan + "@")));
    }

    private static void collect(Plan plan, List<String> into) {
        into.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, into));
    }
}
