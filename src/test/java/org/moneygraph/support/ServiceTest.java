package org.moneygraph.support;

import org.junit.jupiter.api.BeforeEach;
import org.moneygraph.graph.GraphReader;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the running service: a GraphQL client over HTTP, the driver for building graphs and explaining
 * plans, and the reader whose round trips prove batching. Subclasses bring {@code @SpringBootTest} and their
 * own database, so that each kind of test has its own context.
 */
public abstract class ServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @Autowired
    protected GraphReader reader;

    protected GraphQl graphql;

    @BeforeEach
    void client() {
        graphql = new GraphQl(port);
    }
}
