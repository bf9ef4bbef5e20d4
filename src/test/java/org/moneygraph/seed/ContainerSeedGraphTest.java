package org.moneygraph.seed;

import org.moneygraph.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** The same seed checks against a Neo4j server; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerSeedGraphTest extends SeedGraphTests {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer(TestDatabases.NEO4J_IMAGE).withAdminPassword("test-password");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
        org.moneygraph.support.TestDatabases.adminToken(registry);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
    }
}
