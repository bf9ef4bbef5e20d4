package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Hostile strings in every string input are stored verbatim or refused as data, and never run as Cypher. */
class InjectionTest extends EditingTests {

    private static final List<String> HOSTILE = List.of(
            "x'}) MATCH (n) DETACH DELETE n //",
            "\" OR 1=1 --",
            "`) CALL dbms.shutdown() //",
            "$(label) ${id} {{name}} \\u0000 <script>alert(1)</script>");

    @Test
    void hostileStringsAreStoredVerbatimAndHarmless() {
        long nodesBefore = count("MATCH (n) RETURN count(n)", Map.of());
        for (String hostile : HOSTILE) {
            JsonNode created = data("mutation($input: ResponsibilityInput!) { createResponsibility(input: $input) { id typeText role holderTitle } }",
                    Map.of("input", Map.of("type", "LEAD", "typeText", hostile, "role", hostile, "holderTitle", hostile,
                            "name", hostile, "note", hostile, "subject", SIPING, "sources", List.of(source(QUOTE)))))
                    .path("createResponsibility");
            assertThat(created.path("typeText").asString()).isEqualTo(hostile);
            assertThat(created.path("role").asString()).isEqualTo(hostile);
            String id = created.path("id").asString();
            assertThat(count("MATCH (n:Responsibility {id: $id}) WHERE n.name = $s AND n.note = $s AND n.holderTitle = $s RETURN count(n)",
                    Map.of("id", id, "s", hostile))).isEqualTo(1);
            JsonNode updated = data("mutation($id: ID!, $s: String!) { updateResponsibility(id: $id, expectedVersion: 1, input: {note: $s, typeText: $s}) { typeText } }",
                    Map.of("id", id, "s", hostile + "!")).path("updateResponsibility");
            assertThat(updated.path("typeText").asString()).isEqualTo(hostile + "!");
        }
        List<Long> before = footprint();
        for (String hostile : HOSTILE) {
            // As IDs, keys, quotes, figures, periods, filters and cursors they are refused, never executed.
            assertThat(error("mutation($id: ID!) { updateFund(id: $id, expectedVersion: 1, input: {name: \"x\"}) { id } }",
                    Map.of("id", hostile)).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
            assertThat(error("mutation($input: FundInput!) { createFund(input: $input) { id } }", Map.of("input", Map.of(
                    "key", hostile, "name", hostile, "sourceType", "SUBSIDY", "sources", List.of(source(QUOTE)))))
                    .path("extensions").path("field").asString()).isEqualTo("input.key");
            assertThat(error("mutation($input: FundInput!) { createFund(input: $input) { id } }", Map.of("input", Map.of(
                    "name", "资金", "sourceType", "SUBSIDY", "sources", List.of(source(hostile)))))
                    .path("extensions").path("field").asString()).isEqualTo("input.sources[0].quote");
            assertThat(error("mutation($input: FundInput!) { createFund(input: $input) { id } }", Map.of("input", Map.of(
                    "name", "资金", "sourceType", "SUBSIDY", "amount", Map.of("text", hostile), "sources", List.of(source(QUOTE)))))
                    .path("extensions").path("field").asString()).isEqualTo("input.amount.text");
            assertThat(error("mutation($input: FundInput!) { createFund(input: $input) { id } }", Map.of("input", Map.of(
                    "name", "资金", "sourceType", "SUBSIDY", "period", Map.of("text", hostile), "sources", List.of(source(QUOTE)))))
                    .path("extensions").path("field").asString()).isEqualTo("input.period.text");
            assertThat(error("mutation($from: ID!) { linkNodes(input: {from: $from, type: SUPPORTS, to: $from, sources: []}) { exists } }",
                    Map.of("from", hostile)).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
            as("auditor", "ROLE_AUDITOR");
            assertThat(data("query($s: ID!, $a: String) { history(of: $s, actor: $a) { totalCount } }", Map.of("s", hostile, "a", hostile))
                    .path("history").path("totalCount").asInt()).isZero();
            assertThat(error("query($s: ID!, $a: String) { history(of: $s, after: $a) { totalCount } }", Map.of("s", hostile, "a", hostile))
                    .path("extensions").path("field").asString()).isEqualTo("after");
            as("editor-1", "ROLE_EDITOR");
        }
        assertThat(footprint()).isEqualTo(before);
        assertThat(count("MATCH (n) RETURN count(n)", Map.of())).isGreaterThan(nodesBefore);
    }
}
