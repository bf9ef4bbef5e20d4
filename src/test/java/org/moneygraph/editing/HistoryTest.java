package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Change history: who, when, what changed with the values before, filters, pages, and deleted nodes. */
class HistoryTest extends EditingTests {

    private static final String HISTORY = """
            query($of: ID!, $actor: String, $operations: [ChangeOperation!], $since: String, $until: String, $first: Int, $after: String) {
              history(of: $of, actor: $actor, operations: $operations, since: $since, until: $until, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
                edges { cursor node { id at actor operation targetId targetType before after batchId via } }
              }
            }""";

    private JsonNode history(Map<String, Object> variables) {
        as("auditor-1", "ROLE_AUDITOR");
        JsonNode history = data(HISTORY, variables).path("history");
        as("editor-1", "ROLE_EDITOR");
        return history;
    }

    @Test
    void everyWriteIsRecordedWithActorBeforeAndAfterAndSurvivesDeletion() {
        String start = OffsetDateTime.now().minusSeconds(1).toString();
        as("alice", "ROLE_EDITOR");
        String id = data("mutation($input: FundInput!) { createFund(input: $input) { id } }", Map.of("input", Map.of(
                "name", "历史资金", "sourceType", "SUBSIDY", "amount", Map.of("text", "1785万元"), "region", SIPING,
                "sources", List.of(source(QUOTE))))).path("createFund").path("id").asString();
        as("bob", "ROLE_EDITOR");
        data("mutation($id: ID!) { updateFund(id: $id, expectedVersion: 1, input: {name: \"改名资金\", note: \"核对\"}) { id } }",
                Map.of("id", id));
        data("mutation($id: ID!) { addSource(input: {nodeId: $id, source: {documentId: \"Document:003\", quote: \"%s\"}}) { citationIds } }"
                .formatted(PERIOD_QUOTE), Map.of("id", id));
        data("mutation($id: ID!) { linkNodes(input: {from: $id, type: GOVERNS, to: \"%s\", sources: [{documentId: \"Document:003\", quote: \"%s\"}]}) { exists } }"
                .formatted(TONGJIANG, QUOTE), Map.of("id", id));
        as("alice", "ROLE_EDITOR");
        data("mutation($id: ID!) { deleteFund(id: $id, expectedVersion: 3) { id } }", Map.of("id", id));

        JsonNode all = history(Map.of("of", id));
        assertThat(all.path("totalCount").asInt()).isEqualTo(5);
        List<String> operations = all.path("edges").valueStream().map(e -> e.path("node").path("operation").asString()).toList();
        assertThat(operations).containsExactly("DELETE", "LINK", "SOURCE", "UPDATE", "CREATE");
        JsonNode update = all.path("edges").get(3).path("node");
        assertThat(update.path("actor").asString()).isEqualTo("bob");
        assertThat(update.path("targetType").asString()).isEqualTo("Fund");
        assertThat(update.path("via").asString()).isEqualTo("graphql");
        assertThat(update.path("batchId").isNull()).isTrue();
        JsonNode before = JSON.readTree(update.path("before").asString());
        JsonNode after = JSON.readTree(update.path("after").asString());
        assertThat(before.path("name").asString()).isEqualTo("历史资金");
        assertThat(before.path("note").isNull()).isTrue();
        assertThat(before.path("version").asInt()).isEqualTo(1);
        assertThat(after.path("name").asString()).isEqualTo("改名资金");
        assertThat(after.path("note").asString()).isEqualTo("核对");
        assertThat(after.path("version").asInt()).isEqualTo(2);
        JsonNode created = all.path("edges").get(4).path("node");
        assertThat(created.path("before").isNull()).isTrue();
        assertThat(JSON.readTree(created.path("after").asString()).path("amountValue").asString()).isEqualTo("17850000");
        JsonNode deleted = all.path("edges").get(0).path("node");
        assertThat(deleted.path("after").isNull()).isTrue();
        assertThat(JSON.readTree(deleted.path("before").asString()).path("name").asString()).isEqualTo("改名资金");
        assertThat(OffsetDateTime.parse(deleted.path("at").asString())).isAfter(OffsetDateTime.parse(start));
        assertThat(count("MATCH (c:Change {targetId: $id}) WHERE NOT (c)-[:CHANGED]->() RETURN count(c)", Map.of("id", id)))
                .isEqualTo(5);

        assertThat(history(Map.of("of", id, "actor", "alice")).path("totalCount").asInt()).isEqualTo(2);
        assertThat(history(Map.of("of", id, "operations", List.of("UPDATE", "SOURCE"))).path("totalCount").asInt())
                .isEqualTo(2);
        assertThat(history(Map.of("of", id, "since", start)).path("totalCount").asInt()).isEqualTo(5);
        assertThat(history(Map.of("of", id, "until", start)).path("totalCount").asInt()).isZero();
        assertThat(history(Map.of("of", id, "since", "2999-01-01")).path("totalCount").asInt()).isZero();

        JsonNode first = history(Map.of("of", id, "first", 2));
        assertThat(first.path("edges").size()).isEqualTo(2);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode second = history(Map.of("of", id, "first", 2, "after", first.path("pageInfo").path("endCursor").asString()));
        assertThat(second.path("edges").valueStream().map(e -> e.path("node").path("operation").asString()).toList())
                .containsExactly("SOURCE", "UPDATE");
        JsonNode third = history(Map.of("of", id, "first", 2, "after", second.path("pageInfo").path("endCursor").asString()));
        assertThat(third.path("edges").size()).isEqualTo(1);
        assertThat(third.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void historyNeedsTheAuditorRoleAndGoodTimes() {
        as("viewer", "ROLE_VIEWER");
        assertError(error("{ history(of: \"Region:003-tongjiang\") { totalCount } }", Map.of()), "FORBIDDEN", "history");
        as("auditor", "ROLE_AUDITOR");
        assertError(error("{ history(of: \"Region:003-tongjiang\", since: \"last tuesday\") { totalCount } }", Map.of()),
                "BAD_USER_INPUT", "since");
        assertError(error("{ history(of: \"Region:003-tongjiang\", first: 1000) { totalCount } }", Map.of()),
                "BAD_USER_INPUT", "first");
    }
}
