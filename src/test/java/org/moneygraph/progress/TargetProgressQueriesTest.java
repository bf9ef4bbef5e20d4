package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.Counted;
import org.moneygraph.support.QueryPlans;

import tools.jackson.databind.JsonNode;

/** Every progress query starts from an index, and a whole answer costs a fixed number of round trips. */
class TargetProgressQueriesTest extends ProgressSeedTest {

    /** The query's parameters with every flag set, so that the plan holds every branch. */
    private static Map<String, Object> params(String scope) {
        Map<String, Object> params = new HashMap<>(Map.of("withSources", true, "withAccountable", true));
        if (scope != null) {
            params.put("scope", scope);
        }
        return params;
    }

    @Test
    void everyQueryStartsFromAnIndex() {
        QueryPlans.assertNoScans(driver, TargetProgressQueries.SCOPE_TYPE, Map.of("scope", "Region:000-county"));
        for (boolean accountable : new boolean[] {true, false}) {
            QueryPlans.assertNoScans(driver, TargetProgressQueries.query("Region", accountable),
                    params("Region:000-county"));
            QueryPlans.assertNoScans(driver, TargetProgressQueries.query("Campaign", accountable),
                    params("Campaign:000-battle-cxrh"));
            QueryPlans.assertNoScans(driver, TargetProgressQueries.query("Organization", accountable),
                    params("Organization:003-tf-rectify"));
            QueryPlans.assertNoScans(driver, TargetProgressQueries.query("Project", accountable),
                    params("Project:000-s216-highway"));
            QueryPlans.assertNoScans(driver, TargetProgressQueries.query(null, accountable), params(null));
        }
        assertThat(TargetProgressQueries.query("Policy", true)).isNull();
    }

    @Test
    void theWholeGraphReadsItsLabelsThroughTheirIdIndexes() {
        assertThat(QueryPlans.operators(driver, TargetProgressQueries.query(null, true), params(null)))
                .anyMatch(op -> op.startsWith("NodeUniqueIndexSeekByRange"));
    }

    @Test
    void withoutUnitsTheReadDoesNotWalkUpToTheCampaigns() {
        assertThat(TargetProgressQueries.query("Region", true)).contains("PART_OF*1..]->(above)");
        assertThat(TargetProgressQueries.query("Region", false)).doesNotContain("]->(above)");
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

    @Test
    void withoutSourcesOrUnitsTheAnswerIsTheSameAndBehindCanBeCut() {
        String lean = """
                reason node { id } project { id } item actual { text } target { text } ratio due { text } expected { text }""";
        String query = """
                query($scope: ID) { targetProgress(scope: $scope) {
                  behind { %s }
                  indicators { indicator { id name } status progressRatio }
                  projects { project { id } status behind }
                  summary { indicators projects behindProjects rectifications openProblems } %s } }""";
        int listed = 0;
        for (String scope : new String[] {null, "Region:000-county", "Campaign:000-battle-cxrh", "Organization:000-gxwj",
                "Project:000-s216-highway", "Organization:003-tf-rectify"}) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("scope", scope);
            JsonNode alone = graphql.data(query.formatted(lean, ""), variables).path("targetProgress");
            JsonNode whole = graphql.data(query.formatted(lean, "everything: behind { " + lean + " accountable { link } "
                    + "sources { quote } }"), variables).path("targetProgress");
            assertThat(alone.path("behind")).as("%s", scope).isEqualTo(whole.path("behind"));
            assertThat(alone.path("indicators")).as("%s", scope).isEqualTo(whole.path("indicators"));
            assertThat(alone.path("projects")).as("%s", scope).isEqualTo(whole.path("projects"));
            assertThat(alone.path("summary")).as("%s", scope).isEqualTo(whole.path("summary"));
            // The whole read did read what the lean one left out.
            whole.path("everything").forEach(item -> assertThat(item.path("sources").size()).isPositive());
            listed += alone.path("behind").size();
        }
        assertThat(listed).isGreaterThan(5);

        String cut = "query($first: Int) { targetProgress { behind(first: $first) { reason node { id } } } }";
        JsonNode all = graphql.data(cut, new HashMap<>(Map.of())).path("targetProgress").path("behind");
        assertThat(all.size()).isGreaterThan(3);
        JsonNode three = graphql.data(cut, Map.of("first", 3)).path("targetProgress").path("behind");
        assertThat(three).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(three.get(i)).isEqualTo(all.get(i));
        }
        assertThat(graphql.data(cut, Map.of("first", 0)).path("targetProgress").path("behind")).isEmpty();
        // Every `first` of the API is at most 100, this one too.
        assertThat(graphql.post(cut, Map.of("first", 101)).path("errors").get(0).path("extensions").path("field").asString())
                .isEqualTo("first");
        JsonNode refused = graphql.post(cut, Map.of("first", -1));
        assertThat(refused.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("first");
    }

    @Test
    void theBehindListsSentencesAreLoadedForTheEntriesShownAndAreTheOnesTheReadGives() {
        String behind = "behind(first: $first) { reason node { id } sources { quote start end document { id } } }";
        String alone = "query($scope: ID, $first: Int) { targetProgress(scope: $scope) { " + behind + " } }";
        String read = "query($scope: ID, $first: Int) { targetProgress(scope: $scope) { " + behind
                + " indicators { indicator { sources { quote } } } } }";
        int quoted = 0;
        for (String scope : new String[] {null, "Region:000-county", "Campaign:000-battle-cxrh", "Organization:000-gxwj",
                "Project:000-s216-highway", "Organization:003-tf-rectify"}) {
            for (Integer first : new Integer[] {null, 2}) {
                Map<String, Object> variables = new HashMap<>();
                variables.put("scope", scope);
                variables.put("first", first);
                Counted loaded = Counted.of(reader, () -> graphql.data(alone, variables));
                Counted whole = Counted.of(reader, () -> graphql.data(read, variables));
                JsonNode shown = loaded.data().path("targetProgress").path("behind");
                assertThat(shown).as("%s, first %s", scope, first)
                        .isEqualTo(whole.data().path("targetProgress").path("behind"));
                // One round trip more at most, for every entry shown at once.
                assertThat(loaded.roundTrips()).as("%s", scope).isLessThanOrEqualTo(whole.roundTrips() + 1);
                for (JsonNode item : shown) {
                    quoted += item.path("sources").isEmpty() ? 0 : 1;
                }
            }
        }
        assertThat(quoted).isGreaterThan(5);
    }
}
