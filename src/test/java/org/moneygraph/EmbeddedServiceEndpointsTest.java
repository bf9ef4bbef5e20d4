package org.moneygraph;

import org.moneygraph.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EmbeddedServiceEndpointsTest extends ServiceEndpointsTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, EmbeddedServiceEndpointsTest.class);
    }
}
