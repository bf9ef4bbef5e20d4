package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the money-query tests on the seeded graph: one application context on the embedded database with
 * the five reports, asked only through GraphQL over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FundingSeedTests {

    static final String QUANTITY = "{ text value yuan unit qualifier masked asOf year }";
    static final String TOTALS = "{ flowCount yuan complete knownCount maskedCount nonMoneyCount "
            + "byFlowType { flowType flowCount yuan maskedCount nonMoneyCount } }";
    static final String SOURCES = "sources { quote start end document { id } }";
    static final String NODE = "{ id ... on Region { name level } ... on Organization { name } ... on Fund { name } "
            + "... on Project { name } ... on BeneficiaryGroup { name } ... on FundFlow { name } }";
    static final String HOP = "{ depth flow { id name amount { text } " + SOURCES + " } from " + NODE + " to " + NODE
            + " fund { id name sourceType } amount " + QUANTITY + " flowType period { text year } purpose share "
            + "branchNodeId revisit " + SOURCES + " }";
    static final String TRAIL = """
            query($from: ID!, $direction: TrailDirection, $maxDepth: Int, $types: [FlowType!]) {
              moneyTrail(from: $from, direction: $direction, maxDepth: $maxDepth, types: $types) {
                start %1$s direction maxDepth types truncated revisits cyclesCut totals %2$s
                tiers { depth totals %2$s hops %3$s }
              }
            }""".formatted(NODE, TOTALS, HOP);
    static final String SIDE = "{ yuan complete flowCount maskedCount nonMoneyCount intendedCount allocated transferred "
            + "disbursed spent byFlowType { flowType flowCount yuan maskedCount } flows { id amount { text yuan masked } } }";
    static final String RECONCILIATION = """
            query($scope: ID!, $year: Int) {
              reconciliation(scope: $scope, year: $year) {
                scope %1$s year totals %2$s intended %2$s
                rows { node %1$s statedAmount %3$s inflow %4$s outflow %4$s inYuan outYuan retained }
                flags { code node %1$s message figures { name yuan count quantity %3$s } flows { id } %5$s }
              }
            }""".formatted(NODE, TOTALS, QUANTITY, SIDE, SOURCES);
    static final String SUMMARY = """
            query($scope: ID, $groupBy: [SummaryDimension!]) {
              fundSummary(scope: $scope, groupBy: $groupBy) {
                scope %1$s groupBy totals %2$s
                rows { sourceType region { id name level } regionLevel regionDepth campaign { id name } year flowType
                       flowCount yuan complete maskedCount nonMoneyCount flows { id %3$s } }
              }
            }""".formatted(NODE, TOTALS, SOURCES);

    @LocalServerPort
    int port;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, FundingSeedTests.class);
        TestDatabases.adminToken(registry);
    }

    @BeforeEach
    void client() {
        // Reconciliation needs the AUDITOR role, which anonymous loopback readers do not have.
        graphql = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN);
    }

    JsonNode trail(String from, String direction, Integer maxDepth, List<String> types) {
        return graphql.data(TRAIL, variables("from", from, "direction", direction, "maxDepth", maxDepth, "types", types))
                .path("moneyTrail");
    }

    JsonNode reconciliation(String scope, Integer year) {
        return graphql.data(RECONCILIATION, variables("scope", scope, "year", year)).path("reconciliation");
    }

    JsonNode summary(String scope, List<String> groupBy) {
        return graphql.data(SUMMARY, variables("scope", scope, "groupBy", groupBy)).path("fundSummary");
    }

    /** Variables without the null ones, so the schema's defaults apply. */
    static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                variables.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return variables;
    }

    /** The hops of a trail, all tiers. */
    static List<JsonNode> hops(JsonNode trail) {
        List<JsonNode> hops = new ArrayList<>();
        trail.path("tiers").forEach(t -> t.path("hops").forEach(hops::add));
        return hops;
    }

    static JsonNode hop(JsonNode trail, String flowId) {
        return hops(trail).stream().filter(h -> h.path("flow").path("id").asString().equals(flowId)).findFirst()
                .orElseThrow(() -> new AssertionError("no hop of " + flowId));
    }

    /** Asserts that one of the sources quotes the given words, from the given document. */
    static void assertQuoted(JsonNode withSources, String documentId, String words) {
        List<String> quotes = new ArrayList<>();
        withSources.path("sources").forEach(s -> {
            if (s.path("document").path("id").asString().equals(documentId)) {
                quotes.add(s.path("quote").asString());
            }
        });
        assertThat(quotes).as("quotes").anyMatch(q -> q.contains(words));
    }
}
