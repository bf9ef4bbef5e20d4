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

    /**
     * A bootstrap admin token for test contexts whose tests reach fields above VIEWER, such as
     * {@code reconciliation}; send it with {@code GraphQl.withToken}.
     */
    public static final String ADMIN_TOKEN = "test-admin-token-7f3a9c1e5b2d4068";

    public static void adminToken(DynamicPropertyRegistry registry) {
        registry.add("graph.security.admin-token", () -> ADMIN_TOKEN);
    }

    /** Neo4j image used when Docker is present; the same tests then run against a server. */
    public static final String NEO4J_IMAGE = "neo4j:2026.08-community";
}
