package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Relationships and their sources, node sources, and reports with their text. */
class LinksAndSourcesTest extends EditingTests {

    private static final String LINK = """
            mutation($from: ID!, $type: RelationshipType!, $to: ID!, $quote: String!) {
              linkNodes(input: {from: $from, type: $type, to: $to, sources: [{documentId: "Document:003", quote: $quote}]}) {
                from { id } type to { id } exists sources { quote document { id } } change { operation targetId before after }
              }
            }""";

    private String org(String name) {
        return data("mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }", Map.of("input",
                Map.of("name", name, "kind", "DEPARTMENT", "region", SIPING, "sources", List.of(source(QUOTE)))))
                .path("createOrganization").path("id").asString();
    }

    @Test
    void linkAddsSourcesAndUnlinkRemovesTheRelationship() {
        String a = org("甲局");
        String b = org("乙局");
        JsonNode linked = data(LINK, Map.of("from", a, "type", "DIRECTED_BY", "to", b, "quote", QUOTE)).path("linkNodes");
        assertThat(linked.path("exists").asBoolean()).isTrue();
        assertThat(linked.path("sources").get(0).path("quote").asString()).isEqualTo(QUOTE);
        assertThat(linked.path("change").path("operation").asString()).isEqualTo("LINK");
        JsonNode again = data(LINK, Map.of("from", a, "type", "DIRECTED_BY", "to", b, "quote", PERIOD_QUOTE)).path("linkNodes");
        assertThat(again.path("sources").size()).isEqualTo(2);
        assertThat(data("query($id: ID!) { node(id: $id) { ... on Organization { directedBy { id } } } }", Map.of("id", a))
                .path("node").path("directedBy").get(0).path("id").asString()).isEqualTo(b);

        JsonNode unlinked = data("mutation($from: ID!, $to: ID!) { unlinkNodes(input: {from: $from, type: DIRECTED_BY, to: $to}) { exists change { operation before } } }",
                Map.of("from", a, "to", b)).path("unlinkNodes");
        assertThat(unlinked.path("exists").asBoolean()).isFalse();
        assertThat(JSON.readTree(unlinked.path("change").path("before").asString()).path("citationIds").size()).isEqualTo(2);
        assertThat(count("MATCH (:Entity {id: $a})-[r:DIRECTED_BY]->(:Entity {id: $b}) RETURN count(r)", Map.of("a", a, "b", b)))
                .isZero();
    }

    @Test
    void linksFollowTheModelAndRequiredEndsStay() {
        String a = org("丙局");
        List<Long> before = footprint();
        assertError(error(LINK, Map.of("from", a, "type", "WITH_FUND", "to", SIPING, "quote", QUOTE)),
                "BAD_USER_INPUT", "input.type");
        assertError(error(LINK, Map.of("from", a, "type", "LEADS", "to", "Project:003-none", "quote", QUOTE)),
                "NOT_FOUND", "input.to");
        assertError(error(LINK, Map.of("from", a, "type", "SUPPORTS", "to", SIPING, "quote", "不在文中的话")),
                "BAD_USER_INPUT", "input.sources[0].quote");
        assertError(error("mutation($from: ID!) { unlinkNodes(input: {from: $from, type: PART_OF, to: \"%s\"}) { exists } }"
                .formatted(SIPING), Map.of("from", a)), "NOT_FOUND", "input");
        String flow = data("mutation($input: FundFlowInput!) { createFundFlow(input: $input) { id } }", Map.of("input", Map.of(
                "flowType", "SPENT", "amount", Map.of("text", "1785万元"), "to", SIPING, "sources", List.of(source(QUOTE)))))
                .path("createFundFlow").path("id").asString();
        List<Long> withFlow = footprint();
        assertError(error("mutation($from: ID!) { unlinkNodes(input: {from: $from, type: TO, to: \"%s\"}) { exists } }"
                .formatted(SIPING), Map.of("from", flow)), "BAD_USER_INPUT", "input.type");
        assertThat(footprint()).isEqualTo(withFlow);
        assertThat(before.get(0)).isLessThan(withFlow.get(0));
        // A flow has one receiver: linking another replaces it, and the change keeps the old one.
        JsonNode moved = data(LINK, Map.of("from", flow, "type", "TO", "to", TONGJIANG, "quote", QUOTE)).path("linkNodes");
        assertThat(JSON.readTree(moved.path("change").path("before").asString()).path("replaced").get(0).path("to").asString())
                .isEqualTo(SIPING);
        assertThat(data("query($id: ID!) { node(id: $id) { ... on FundFlow { to { id } } } }", Map.of("id", flow))
                .path("node").path("to").path("id").asString()).isEqualTo(TONGJIANG);
        assertThat(count("MATCH (:FundFlow {id: $id})-[r:TO]->() RETURN count(r)", Map.of("id", flow))).isEqualTo(1);
    }

    @Test
    void nodeSourcesAreAddedAndRemovedButTheLastStays() {
        String a = org("丁局");
        JsonNode added = data("mutation($id: ID!, $quote: String!) { addSource(input: {nodeId: $id, expectedVersion: 1, source: {documentId: \"Document:003\", quote: $quote}}) { citationIds node { ... on Organization { version sources { quote start end } } } } }",
                Map.of("id", a, "quote", PERIOD_QUOTE)).path("addSource");
        assertThat(added.path("citationIds").size()).isEqualTo(2);
        assertThat(added.path("node").path("version").asInt()).isEqualTo(2);
        JsonNode periodSource = added.path("node").path("sources").valueStream()
                .filter(s -> s.path("quote").asString().equals(PERIOD_QUOTE)).findFirst().orElseThrow();
        String citation = "Citation:003@" + periodSource.path("start").asInt() + "-" + periodSource.path("end").asInt();
        assertThat(added.path("citationIds").valueStream().map(JsonNode::asString).toList()).contains(citation);
        assertThat(count("MATCH (c:Citation {id: $id})-[:IN_PASSAGE]->(:Passage)<-[:HAS_PASSAGE]-(:Document {id: 'Document:003'}) RETURN count(c)",
                Map.of("id", citation))).isEqualTo(1);

        JsonNode removed = data("mutation($id: ID!, $c: ID!) { removeSource(input: {nodeId: $id, citationId: $c}) { citationIds } }",
                Map.of("id", a, "c", citation)).path("removeSource");
        assertThat(removed.path("citationIds").size()).isEqualTo(1);
        String last = removed.path("citationIds").get(0).asString();
        List<Long> before = footprint();
        assertError(error("mutation($id: ID!, $c: ID!) { removeSource(input: {nodeId: $id, citationId: $c}) { citationIds } }",
                Map.of("id", a, "c", last)), "BAD_USER_INPUT", "input.citationId");
        assertError(error("mutation($id: ID!) { addSource(input: {nodeId: $id, expectedVersion: 1, source: {documentId: \"Document:003\", quote: \"%s\"}}) { citationIds } }"
                .formatted(QUOTE), Map.of("id", a)), "CONFLICT", "input.expectedVersion");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void relationshipSourcesAreAddedAndRemoved() {
        String a = org("戊局");
        data(LINK, Map.of("from", a, "type", "SUPPORTS", "to", SIPING, "quote", QUOTE));
        JsonNode added = data("mutation($a: ID!) { addSource(input: {link: {from: $a, type: SUPPORTS, to: \"%s\"}, source: {documentId: \"Document:003\", quote: \"%s\"}}) { citationIds change { operation } } }"
                .formatted(SIPING, PERIOD_QUOTE), Map.of("a", a)).path("addSource");
        assertThat(added.path("citationIds").size()).isEqualTo(2);
        assertThat(added.path("change").path("operation").asString()).isEqualTo("SOURCE");
        JsonNode removed = data("mutation($a: ID!, $c: ID!) { removeSource(input: {link: {from: $a, type: SUPPORTS, to: \"%s\"}, citationId: $c}) { citationIds } }"
                .formatted(SIPING), Map.of("a", a, "c", added.path("citationIds").get(0).asString())).path("removeSource");
        assertThat(removed.path("citationIds").size()).isEqualTo(1);
    }

    @Test
    void aReportIsCreatedWithItsTextUpdatedAndDeletedOnceNothingCitesIt() {
        String text = "测试县2025年工作报告\n全县投入资金500万元，建成道路10公里。\n\n下一步继续推进。";
        JsonNode doc = data("""
                mutation($input: DocumentInput!) { createDocument(input: $input) {
                  id title kind issuingLevel version length passages { index text } region { id } sources { quote } } }""",
                Map.of("input", Map.of("key", "905", "title", "测试县2025年工作报告", "kind", "REPORT", "issuingLevel", "COUNTY",
                        "text", text, "region", SIPING, "period", Map.of("text", "2025年", "year", 2025),
                        "sources", List.of(Map.of("quote", "测试县2025年工作报告"))))).path("createDocument");
        assertThat(doc.path("id").asString()).isEqualTo("Document:905");
        assertThat(doc.path("length").asInt()).isEqualTo(text.length());
        assertThat(doc.path("passages").size()).isEqualTo(3);
        assertThat(doc.path("passages").get(1).path("text").asString()).isEqualTo("全县投入资金500万元，建成道路10公里。");
        assertThat(doc.path("region").path("id").asString()).isEqualTo(SIPING);

        String fund = data("mutation($input: FundInput!) { createFund(input: $input) { id amount { yuan } } }", Map.of("input",
                Map.of("name", "道路资金", "sourceType", "FISCAL_BUDGET", "amount", Map.of("text", "500万元"),
                        "sources", List.of(Map.of("documentId", "Document:905", "quote", "全县投入资金500万元"))))).path("createFund")
                .path("id").asString();
        assertThat(fund).startsWith("Fund:905-m");
        assertError(error("mutation { deleteDocument(id: \"Document:905\", expectedVersion: 1) { id } }", Map.of()),
                "BAD_USER_INPUT", "id");
        data("mutation($id: ID!) { deleteFund(id: $id, expectedVersion: 1) { id } }", Map.of("id", fund));

        JsonNode updated = data("mutation { updateDocument(id: \"Document:905\", expectedVersion: 1, input: {title: \"新标题\", kind: SUMMARY}) { title kind version } }",
                Map.of()).path("updateDocument");
        assertThat(updated.path("title").asString()).isEqualTo("新标题");
        assertThat(updated.path("version").asInt()).isEqualTo(2);
        data("mutation { deleteDocument(id: \"Document:905\", expectedVersion: 2) { id } }", Map.of());
        assertThat(count("MATCH (n) WHERE n.documentKey = '905' RETURN count(n)", Map.of())).isZero();

        List<Long> before = footprint();
        assertError(error("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }", Map.of("input", Map.of(
                "key", "906", "title", "标题", "kind", "REPORT", "issuingLevel", "COUNTY", "text", "正文一句。",
                "sources", List.of(Map.of("quote", "不在正文"))))), "BAD_USER_INPUT", "input.sources[0]");
        assertError(error("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }", Map.of("input", Map.of(
                "key", "003", "title", "标题", "kind", "REPORT", "issuingLevel", "COUNTY", "text", "正文一句。",
                "sources", List.of(Map.of("quote", "正文"))))), "CONFLICT", "input.key");
        assertError(error("mutation($input: DocumentInput!) { createDocument(input: $input) { id } }", Map.of("input", Map.of(
                "key", "9x7", "title", "标题", "kind", "REPORT", "issuingLevel", "COUNTY", "text", "正文一句。",
                "sources", List.of(Map.of("quote", "正文"))))), "BAD_USER_INPUT", "input.key");
        assertThat(footprint()).isEqualTo(before);
    }
}
