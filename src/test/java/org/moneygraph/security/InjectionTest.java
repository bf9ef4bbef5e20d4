package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Cypher- and SQL-injection strings through every string or ID argument a reader can send: each gets a sensible
 * answer (data, BAD_USER_INPUT or NOT_FOUND, never an internal error) and the graph does not change.
 */
class InjectionTest extends SecurityServiceTest {

    static final List<String> HOSTILE = List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //", "a\u0000b",
            "` MATCH (n) DELETE n //",
            "镇".repeat(3000) + "' OR 1=1");

    /** Every argument a reader can fill with text, each as a query taking {@code $v}. */
    static final List<String> QUERIES = List.of(
            "query($v: String!) { search(text: $v) { totalCount } }",
            "query($v: ID!) { node(id: $v) { id } }",
            "query($v: ID!) { nodes(ids: [$v]) { id } }",
            "query($v: String) { documents(filter: {nameContains: $v}) { totalCount } }",
            "query($v: ID) { documents(filter: {document: $v}) { totalCount } }",
            "query($v: ID) { regions(filter: {region: $v}) { totalCount } }",
            "query($v: String) { regions(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { organizations(filter: {nameContains: $v}) { totalCount } }",
            "query($v: ID) { organizations(filter: {region: $v}) { totalCount } }",
            "query($v: String) { campaigns(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { projects(filter: {nameContains: $v}) { totalCount } }",
            "query($v: ID) { projects(filter: {campaign: $v}) { totalCount } }",
            "query($v: String) { indicators(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { funds(filter: {nameContains: $v}) { totalCount } }",
            "query($v: ID) { fundFlows(filter: {fund: $v, region: $v}) { totalCount } }",
            "query($v: String) { fundFlows(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { policies(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { problems(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { pairings(filter: {nameContains: $v}) { totalCount } }",
            "query($v: String) { regions(after: $v) { totalCount } }",
            "query($v: ID!) { moneyTrail(from: $v) { maxDepth } }",
            "query($v: ID!) { reconciliation(scope: $v) { year } }",
            "query($v: ID) { fundSummary(scope: $v) { groupBy } }",
            "query($v: ID!) { accountabilityChain(subject: $v) { complete } }",
            "query($v: ID!) { responsibilities(of: $v) { totalCount } }",
            "query($v: ID!) { pairingNetwork(around: $v) { depth } }",
            "query($v: ID) { targetProgress(scope: $v) { openProblems { id } } }");

    @Test
    void hostileStringsGetSensibleAnswersAndChangeNothing() {
        long before = nodeCount();
        long relationshipsBefore = relationshipCount();
        for (String query : QUERIES) {
            for (String hostile : HOSTILE) {
                var response = admin().post(query, Map.of("v", hostile));
                var errors = response.path("errors");
                String label = query + " with " + hostile.substring(0, Math.min(hostile.length(), 40));
                if (!errors.isMissingNode() && !errors.isEmpty()) {
                    assertThat(errors.path(0).path("extensions").path("code").asString()).as(label)
                            .isIn(Set.of("BAD_USER_INPUT", "NOT_FOUND"));
                }
                else {
                    assertThat(response.path("data").isObject()).as(label).isTrue();
                }
            }
        }
        assertThat(nodeCount()).isEqualTo(before);
        assertThat(relationshipCount()).isEqualTo(relationshipsBefore);
        // The hostile names match nothing, rather than everything.
        assertThat(admin().data("query($v: String) { projects(filter: {nameContains: $v}) { totalCount } }",
                Map.of("v", "' OR 1=1 //")).path("projects").path("totalCount").asInt()).isZero();
    }

    private long relationshipCount() {
        return driver.executableQuery("MATCH ()-[r]->() RETURN count(r) AS c").execute().records().getFirst().get("c").asLong();
    }
}
