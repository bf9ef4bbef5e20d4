package org.moneygraph.support;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Every test context gets a fresh embedded data folder under target/ and a free Bolt port. */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Path freshFolder(String owner) {
        return Path.of("target", "neo4j-tests", owner + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    public static void embedded(DynamicPropertyRegistry registry, Class<?> owner) {
        Path folder = freshFolder(owner.getSimpleName());
        registry.add("graph.embedded.home", folder::toString);
        registry.add("graph.embedded.bolt-port", () -> "0");
        registry.add("graph.embedded.pagecache-memory", () -> "64m");
    }

    /** Neo4j image used when Docker is present; the same tests then run against a server. */
    public static final String NEO4J_IMAGE = "neo4j:2026.08-community";
}
