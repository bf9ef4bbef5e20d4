package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** EXPLAINs a query and checks that its plan reaches nodes only through indexes. */
final class CypherPlans {

    private static final Set<String> SCANS = Set.of("AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan",
            "IntersectionNodeByLabelsScan");

    private CypherPlans() {
    }

    static List<String> operators(Driver driver, String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + cypher, parameters).consume().plan();
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    static void assertUsesIndexes(Driver driver, String name, String cypher, Map<String, Object> parameters) {
        List<String> operators = operators(driver, cypher, parameters);
        assertThat(operators).as("operators of %s", name).isNotEmpty().noneMatch(SCANS::contains);
        assertThat(operators).as("operators of %s", name)
                .anyMatch(o -> o.startsWith("NodeUniqueIndexSeek") || o.startsWith("NodeIndex"));
    }

    /** Operator names without the {@code @neo4j} suffix the planner adds. */
    private static void collect(Plan plan, List<String> operators) {
        String type = plan.operatorType();
        operators.add(type.contains("@") ? type.substring(0, type.indexOf('@')) : type);
        plan.children().forEach(child -> collect(child, operators));
    }
}
