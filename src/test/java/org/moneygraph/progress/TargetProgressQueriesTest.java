package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.QueryPlans;

import tools.jackson.databind.JsonNode;

/** Every progress query starts from an index, and a whole answer costs a fixed number of round trips. */
class TargetProgressQueriesTest extends ProgressSeedTest {

    @Test
    void everyQueryStartsFromAnIndex() {
        QueryPlans.assertNoScans(driver, TargetProgressQueries.SCOPE_TYPE, Map.of("scope", "Region:000-county"));
        QueryPlans.assertNoScans(driver, TargetProgressQueries.IN_REGION, Map.of("scope", "Region:000-county"));
        QueryPlans.assertNoScans(driver, TargetProgressQueries.IN_CAMPAIGN, Map.of("scope", "Campaign:000-battle-cxrh"));
        QueryPlans.assertNoScans(driver, TargetProgressQueries.IN_ORGANIZATION, Map.of("scope", "Organization:003-tf-rectify"));
        QueryPlans.assertNoScans(driver, TargetProgressQueries.IN_PROJECT, Map.of("scope", "Project:000-s216-highway"));
        QueryPlans.assertNoScans(driver, TargetProgressQueries.IN_GRAPH, Map.of());
    }

    @Test
    void theWholeGraphReadsItsLabelsThroughTheirIdIndexes() {
        assertThat(QueryPlans.operators(driver, TargetProgressQueries.IN_GRAPH, Map.of()))
                .anyMatch(op -> op.startsWith("NodeUniqueIndexSeekByRange"));
    }

    /** Selects only what the progress query itself returns, so no relation field adds a query of its own. */
    private static final String OWN_FIELDS = """
            query($scope: ID) { targetProgress(scope: $scope) {
              indicators { indicator { id } status accountable { link unit { id } via { id } sources { quote } } }
              projects { project { id } items { item status } lateMilestones { id } }
              rectifications { rectification { id } completionRatio }
              behind { reason node { id } sources { quote } }
              summary { indicators projects rectifications openProblems } } }""";

    private long roundTrips(String scope) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("scope", scope);
        long before = reader.roundTrips();
        JsonNode summary = graphql.data(OWN_FIELDS, variables).path("targetProgress").path("summary");
        assertThat(summary.path("indicators").asInt() + summary.path("projects").asInt()).isPositive();
        return reader.roundTrips() - before;
    }

    @Test
    void aScopedAnswerCostsTwoRoundTripsHoweverManyItemsItHolds() {
        assertThat(roundTrips("Project:000-s216-highway")).isEqualTo(2);
        assertThat(roundTrips("Region:000-county")).isEqualTo(2);
        assertThat(roundTrips("Campaign:000-battle-cxrh")).isEqualTo(2);
        assertThat(roundTrips("Organization:000-gxwj")).isEqualTo(2);
    }

    @Test
    void theWholeGraphCostsOneRoundTrip() {
        assertThat(roundTrips(null)).isEqualTo(1);
    }
}
