package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * A project's progress readings and milestones written through the API, read back through Project.progress,
 * Project.milestones and targetProgress exactly like the imported ones.
 */
class ProgressAndMilestoneMutationsTest extends EditingTests {

    private static final String S216 = "Project:000-s216-highway";
    private static final String WATER = "Project:003-proj-water";
    private static final String ROAD_QUOTE = "已完成农村公路建设2.2公里";
    private static final String MILESTONE_QUOTE = "原定3月底完成开展基层加盟店前期工作,但实际进度将到4月中旬才能完成。";

    private static final String CREATE_PROGRESS = """
            mutation($project: ID!, $input: ProgressObservationInput!) {
              createProgressObservation(project: $project, input: $input) {
                id item kind version quantity { text value unit } asOf { text } project { id } sources { quote }
              }
            }""";
    private static final String UPDATE_PROGRESS = """
            mutation($id: ID!, $version: Int!, $input: ProgressObservationInput!) {
              updateProgressObservation(id: $id, expectedVersion: $version, input: $input) {
                id item kind version quantity { text } asOf { text }
              }
            }""";
    private static final String CREATE_MILESTONE = """
            mutation($project: ID!, $input: MilestoneInput!) {
              createMilestone(project: $project, input: $input) { id name status version due { text } expected { text } }
            }""";
    private static final String BEHIND = """
            query($scope: ID) {
              targetProgress(scope: $scope) {
                projects { project { id } items { item actual { id } target { id } } lateMilestones { id } }
                behind { reason node { id } project { id } item due { text } expected { text } }
              }
            }""";

    private static Map<String, Object> source000(String quote) {
        return Map.of("documentId", "Document:000", "quote", quote);
    }

    private static Map<String, Object> reading(Map<String, Object> quantity) {
        return Map.of("item", "农村公路建设", "quantity", quantity, "kind", "ACTUAL", "sources",
                List.of(source000(ROAD_QUOTE)));
    }

    private JsonNode s216Progress() {
        return data("query($id: ID!) { node(id: $id) { ... on Project { progress { id item kind quantity { text } } milestones { id status } } } }",
                Map.of("id", S216)).path("node");
    }

    @Test
    void aReadingCreatedOnS216IsReadLikeAnImportedOneAndUpdatesAtTheVersionRead() {
        JsonNode created = data(CREATE_PROGRESS, Map.of("project", S216, "input",
                reading(Map.of("text", "2.2公里")))).path("createProgressObservation");
        String id = created.path("id").asString();
        // The seed has four readings on S216, indexes 0 to 3; the next one is 4, as the importer would number it.
        assertThat(id).isEqualTo("ProgressObservation:000-s216-highway-4");
        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(created.path("quantity").path("value").asDouble()).isEqualTo(2.2);
        assertThat(created.path("quantity").path("unit").asString()).isEqualTo("公里");
        assertThat(created.path("project").path("id").asString()).isEqualTo(S216);
        assertThat(created.path("sources").get(0).path("quote").asString()).isEqualTo(ROAD_QUOTE);
        try (var session = driver.session()) {
            var node = session.run("MATCH (:Project {id: $p})-[r:HAS_PROGRESS]->(n:Entity:ProgressObservation {id: $id}) "
                    + "RETURN n.key AS key, n.index AS index, n.name AS name, n.documentKey AS doc, r.citationIds AS cited",
                    Map.of("p", S216, "id", id)).single();
            assertThat(node.get("key").asString()).isEqualTo("000-s216-highway-progress-4");
            assertThat(node.get("index").asInt()).isEqualTo(4);
            assertThat(node.get("name").asString()).isEqualTo("农村公路建设");
            assertThat(node.get("doc").asString()).isEqualTo("000");
            assertThat(node.get("cited").asList()).hasSize(1);
        }

        JsonNode project = s216Progress();
        assertThat(project.path("progress").valueStream().map(p -> p.path("id").asString()).toList())
                .hasSize(5).contains(id);
        JsonNode items = data(BEHIND, Map.of("scope", S216)).path("targetProgress").path("projects").get(0).path("items");
        JsonNode road = items.valueStream().filter(i -> i.path("item").asString().equals("农村公路建设")).findFirst().orElseThrow();
        assertThat(road.path("actual").path("id").asString()).isEqualTo(id);
        assertThat(road.path("target").isNull()).isTrue();

        JsonNode updated = data(UPDATE_PROGRESS, Map.of("id", id, "version", 1, "input",
                Map.of("kind", "TARGET", "asOf", Map.of("text", "本月底")))).path("updateProgressObservation");
        assertThat(updated.path("version").asInt()).isEqualTo(2);
        assertThat(updated.path("kind").asString()).isEqualTo("TARGET");
        assertThat(updated.path("asOf").path("text").asString()).isEqualTo("本月底");
        assertThat(updated.path("quantity").path("text").asString()).isEqualTo("2.2公里");

        List<Long> before = footprint();
        JsonNode stale = error(UPDATE_PROGRESS, Map.of("id", id, "version", 1, "input", Map.of("kind", "ACTUAL")));
        assertError(stale, "CONFLICT", "expectedVersion");
        assertThat(stale.path("message").asString()).contains("version 2");
        assertThat(footprint()).isEqualTo(before);
        JsonNode road2 = data(BEHIND, Map.of("scope", S216)).path("targetProgress").path("projects").get(0).path("items")
                .valueStream().filter(i -> i.path("item").asString().equals("农村公路建设")).findFirst().orElseThrow();
        assertThat(road2.path("target").path("id").asString()).isEqualTo(id);
        assertThat(road2.path("actual").isNull()).isTrue();
    }

    @Test
    void invalidReadingsAndMilestonesNameTheFieldAndWriteNothing() {
        List<Long> before = footprint();
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", reading(Map.of("text", "3.3公里")))),
                "BAD_USER_INPUT", "input.quantity.text");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", reading(Map.of("text", "2.2", "unit", "furlong")))),
                "BAD_USER_INPUT", "input.quantity.unit");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", reading(Map.of("text", "2.2公里", "value", "-2.2")))),
                "BAD_USER_INPUT", "input.quantity.value");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", Map.of("item", "农村公路建设",
                "quantity", Map.of("text", "2.2公里"), "kind", "ACTUAL", "sources", List.of(source000("已完成农村公路建设3.3公里"))))),
                "BAD_USER_INPUT", "input.sources[0].quote");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", Map.of("item", "农村公路建设",
                "quantity", Map.of("text", "2.2公里"), "kind", "ACTUAL"))), "BAD_USER_INPUT", "input.sources");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", Map.of("item", "农村公路建设",
                "quantity", Map.of("text", "2.2公里"), "sources", List.of(source000(ROAD_QUOTE))))), "BAD_USER_INPUT", "input.kind");
        assertError(error(CREATE_PROGRESS, Map.of("project", S216, "input", Map.of("item", " ",
                "quantity", Map.of("text", "2.2公里"), "kind", "ACTUAL", "sources", List.of(source000(ROAD_QUOTE))))),
                "BAD_USER_INPUT", "input.item");
        assertError(error(CREATE_PROGRESS, Map.of("project", "Project:000-no-such", "input", reading(Map.of("text", "2.2公里")))),
                "NOT_FOUND", "project");
        assertError(error(CREATE_PROGRESS, Map.of("project", OTHER_COUNTY, "input", reading(Map.of("text", "2.2公里")))),
                "BAD_USER_INPUT", "project");
        assertError(error(CREATE_MILESTONE, Map.of("project", S216, "input", Map.of("name", "基层加盟店前期工作",
                "due", Map.of("text", "2月底"), "status", "LATE", "sources", List.of(source000(MILESTONE_QUOTE))))),
                "BAD_USER_INPUT", "input.due.text");
        assertError(error(CREATE_MILESTONE, Map.of("project", S216, "input", Map.of("name", "基层加盟店前期工作",
                "sources", List.of(source000(MILESTONE_QUOTE))))), "BAD_USER_INPUT", "input.status");
        // The seed's own reading: a required field cannot be cleared, and the type must match the mutation.
        assertError(error(UPDATE_PROGRESS, Map.of("id", "ProgressObservation:000-s216-highway-0", "version", 1,
                "input", java.util.Collections.singletonMap("item", null))), "BAD_USER_INPUT", "input.item");
        assertError(error("mutation { deleteMilestone(id: \"ProgressObservation:000-s216-highway-0\", expectedVersion: 1) { id } }",
                Map.of()), "BAD_USER_INPUT", "id");
        assertThat(footprint()).isEqualTo(before);
    }

    @Test
    void aLateMilestoneIsBehindUntilDoneAndItsHistoryOutlivesIt() {
        JsonNode created = data(CREATE_MILESTONE, Map.of("project", S216, "input", Map.of("name", "基层加盟店前期工作",
                "due", Map.of("text", "3月底"), "expected", Map.of("text", "4月中旬"), "status", "LATE",
                "sources", List.of(source000(MILESTONE_QUOTE))))).path("createMilestone");
        String id = created.path("id").asString();
        assertThat(id).isEqualTo("Milestone:000-s216-highway-0");
        assertThat(created.path("due").path("text").asString()).isEqualTo("3月底");
        assertThat(created.path("expected").path("text").asString()).isEqualTo("4月中旬");

        JsonNode progress = data(BEHIND, Map.of("scope", S216)).path("targetProgress");
        JsonNode late = progress.path("behind").valueStream()
                .filter(b -> b.path("node").path("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(late.path("reason").asString()).isEqualTo("MILESTONE_LATE");
        assertThat(late.path("project").path("id").asString()).isEqualTo(S216);
        assertThat(late.path("item").asString()).isEqualTo("基层加盟店前期工作");
        assertThat(late.path("due").path("text").asString()).isEqualTo("3月底");
        assertThat(late.path("expected").path("text").asString()).isEqualTo("4月中旬");
        assertThat(progress.path("projects").get(0).path("lateMilestones").get(0).path("id").asString()).isEqualTo(id);

        data("mutation($id: ID!) { updateMilestone(id: $id, expectedVersion: 1, input: {status: DONE}) { version } }",
                Map.of("id", id));
        assertThat(data(BEHIND, Map.of("scope", S216)).path("targetProgress").path("behind").valueStream()
                .noneMatch(b -> b.path("node").path("id").asString().equals(id))).isTrue();

        assertError(error("mutation($id: ID!) { deleteMilestone(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)),
                "CONFLICT", "expectedVersion");
        JsonNode deletion = data("mutation($id: ID!) { deleteMilestone(id: $id, expectedVersion: 2) { id type change { operation } } }",
                Map.of("id", id)).path("deleteMilestone");
        assertThat(deletion.path("type").asString()).isEqualTo("Milestone");
        assertThat(deletion.path("change").path("operation").asString()).isEqualTo("DELETE");
        assertThat(s216Progress().path("milestones").valueStream().noneMatch(m -> m.path("id").asString().equals(id))).isTrue();

        as("auditor-1", "ROLE_AUDITOR");
        JsonNode history = data("query($of: ID!) { history(of: $of) { edges { node { operation before after } } } }",
                Map.of("of", id)).path("history").path("edges");
        assertThat(history.valueStream().map(e -> e.path("node").path("operation").asString()).toList())
                .containsExactly("DELETE", "UPDATE", "CREATE");
        JsonNode update = history.get(1).path("node");
        assertThat(JSON.readTree(update.path("before").asString()).path("status").asString()).isEqualTo("LATE");
        assertThat(JSON.readTree(update.path("after").asString()).path("status").asString()).isEqualTo("DONE");
        assertThat(JSON.readTree(history.get(0).path("node").path("before").asString()).path("name").asString())
                .isEqualTo("基层加盟店前期工作");

        // A deleted milestone's index is not handed out again, so its history stays its own.
        as("editor-1", "ROLE_EDITOR");
        assertThat(data(CREATE_MILESTONE, Map.of("project", S216, "input", Map.of("name", "基层加盟店前期工作",
                "status", "PLANNED", "sources", List.of(source000(MILESTONE_QUOTE))))).path("createMilestone").path("id")
                .asString()).isEqualTo("Milestone:000-s216-highway-1");
    }

    @Test
    void aRegionScopedEditorWritesPartsOfProjectsInItsRegionOnly() {
        as("tongjiang-editor", "ROLE_EDITOR", "REGION_SCOPE:" + TONGJIANG);
        List<Long> before = footprint();
        JsonNode outside = error(CREATE_PROGRESS, Map.of("project", S216, "input", reading(Map.of("text", "2.2公里"))));
        assertError(outside, "FORBIDDEN", "project");
        assertThat(outside.path("message").asString()).contains(TONGJIANG);
        assertError(error(UPDATE_PROGRESS, Map.of("id", "ProgressObservation:000-s216-highway-0", "version", 1,
                "input", Map.of("kind", "TARGET"))), "FORBIDDEN", "id");
        assertError(error("mutation { deleteProgressObservation(id: \"ProgressObservation:000-s216-highway-0\", expectedVersion: 1) { id } }",
                Map.of()), "FORBIDDEN", "id");
        assertThat(footprint()).isEqualTo(before);

        String inside = data(CREATE_PROGRESS, Map.of("project", WATER, "input", Map.of("item", "投入资金",
                "quantity", Map.of("text", "1785万元"), "kind", "ACTUAL", "sources", List.of(source(QUOTE)))))
                .path("createProgressObservation").path("id").asString();
        assertThat(inside).isEqualTo("ProgressObservation:003-proj-water-2");
        data("mutation($id: ID!) { deleteProgressObservation(id: $id, expectedVersion: 1) { id } }", Map.of("id", inside));
    }
}
