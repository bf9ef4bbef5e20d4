package org.moneygraph.funding;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the money-query tests on a large generated graph: one context with the seed off and a server maximum
 * depth of 6, whose graph {@link GeneratedMoneyGraph} writes once through the driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GeneratedMoneyGraphTests {

    static final int SERVER_MAX_DEPTH = 6;
    static final GeneratedMoneyGraph GRAPH = GeneratedMoneyGraph.INSTANCE;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, GeneratedMoneyGraphTests.class);
        TestDatabases.adminToken(registry);
        registry.add("graph.seed.enabled", () -> "false");
        registry.add("graph.trace.max-depth", () -> String.valueOf(SERVER_MAX_DEPTH));
    }

    @BeforeEach
    void graph() {
        // Reconciliation needs the AUDITOR role, which anonymous loopback readers do not have.
        graphql = new GraphQl(port).withToken(TestDatabases.ADMIN_TOKEN);
        synchronized (GeneratedMoneyGraphTests.class) {
            try (var session = driver.session()) {
                long written = session.run("MATCH (f:Fund {id: $id}) RETURN count(f) AS n", Map.of("id",
                        GeneratedMoneyGraph.MAIN_FUND)).single().get("n").asLong();
                if (written == 0) {
                    GRAPH.write(driver);
                }
            }
        }
    }
}
