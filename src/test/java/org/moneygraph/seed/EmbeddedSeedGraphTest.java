package org.moneygraph.seed;

import org.moneygraph.support.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EmbeddedSeedGraphTest extends SeedGraphTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, EmbeddedSeedGraphTest.class);
        TestDatabases.adminToken(registry);
    }
}
