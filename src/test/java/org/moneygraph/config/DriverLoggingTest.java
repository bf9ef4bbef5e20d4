package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

/**
 * The driver logs through SLF4J, whose loggers check the level before formatting: the driver's default
 * formatted every outgoing message with its parameters at debug level even when nothing was logged.
 */
class DriverLoggingTest {

    @Test
    @SuppressWarnings("deprecation")
    void theDriverLogsThroughSlf4j() {
        Config.ConfigBuilder builder = Config.builder();
        new Neo4jConfiguration().driverLogging().customize(builder);
        Config config = builder.build();
        assertThat(config.logging()).isInstanceOf(Logging.slf4j().getClass());
        assertThat(Config.defaultConfig().logging()).as("the default the customizer replaces")
                .isNotInstanceOf(Logging.slf4j().getClass());
    }
}
