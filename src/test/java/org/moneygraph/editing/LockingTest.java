package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Optimistic locking: a stale version gets CONFLICT, and of writers racing on one version exactly one wins. */
class LockingTest extends EditingTests {

    private String newProject(String name) {
        return data("mutation($input: ProjectInput!) { createProject(input: $input) { id } }", Map.of("input",
                Map.of("name", name, "status", "PLANNED", "regions", List.of(SIPING), "sources", List.of(source(QUOTE)))))
                .path("createProject").path("id").asString();
    }

    @Test
    void aStaleVersionGetsConflictAndChangesNothing() {
        String id = newProject("锁测试项目");
        data("mutation($id: ID!) { updateProject(id: $id, expectedVersion: 1, input: {status: UNDER_CONSTRUCTION}) { version } }",
                Map.of("id", id));
        List<Long> before = footprint();
        JsonNode error = error("mutation($id: ID!) { updateProject(id: $id, expectedVersion: 1, input: {status: COMPLETED}) { version } }",
                Map.of("id", id));
        assertError(error, "CONFLICT", "expectedVersion");
        assertThat(error.path("message").asString()).contains("version 2");
        assertError(error("mutation($id: ID!) { deleteProject(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)),
                "CONFLICT", "expectedVersion");
        assertThat(footprint()).isEqualTo(before);
        assertThat(data("query($id: ID!) { node(id: $id) { ... on Project { status version } } }", Map.of("id", id))
                .path("node").path("status").asString()).isEqualTo("UNDER_CONSTRUCTION");
    }

    @Test
    void seededNodesStartAtVersionOne() {
        JsonNode region = data("{ node(id: \"Region:003-tongjiang\") { ... on Region { version } } }", Map.of()).path("node");
        assertThat(region.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void ofEightConcurrentWritersWithOneVersionExactlyOneWins() throws Exception {
        String id = newProject("并发测试项目");
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String name = "写入者" + i;
                results.add(pool.submit(() -> {
                    as("editor-" + name, "ROLE_EDITOR");
                    start.await();
                    return execute("mutation($id: ID!, $name: String!) { updateProject(id: $id, expectedVersion: 1, input: {name: $name}) { name version } }",
                            Map.of("id", id, "name", name));
                }));
            }
            start.countDown();
            int won = 0;
            int conflicts = 0;
            String winner = null;
            for (Future<JsonNode> result : results) {
                JsonNode response = result.get(60, TimeUnit.SECONDS);
                if (response.path("errors").isEmpty() || response.path("errors").isMissingNode()) {
                    won++;
                    winner = response.path("data").path("updateProject").path("name").asString();
                    assertThat(response.path("data").path("updateProject").path("version").asInt()).isEqualTo(2);
                }
                else {
                    assertError(response.path("errors").get(0), "CONFLICT", "expectedVersion");
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(writers - 1);
            JsonNode stored = data("query($id: ID!) { node(id: $id) { ... on Project { name version } } }", Map.of("id", id))
                    .path("node");
            assertThat(stored.path("name").asString()).isEqualTo(winner);
            assertThat(stored.path("version").asInt()).isEqualTo(2);
            as("auditor", "ROLE_AUDITOR");
            assertThat(data("query($id: ID!) { history(of: $id, operations: [UPDATE]) { totalCount } }", Map.of("id", id))
                    .path("history").path("totalCount").asInt()).isEqualTo(1);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
