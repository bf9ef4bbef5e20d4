package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/**
 * The command-line tools (import, generate) take a free Bolt port, so they never collide with a running
 * service on 7687, yet an explicit port still wins.
 */
class CommandSettingsTest {

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    private static String boltPort(String... args) {
        try (var context = ImportCommand.withoutWebServer(NoBeans.class).run(args)) {
            return context.getEnvironment().getProperty("graph.embedded.bolt-port");
        }
    }

    @Test
    void aCommandTakesAFreeBoltPortUnlessOneIsGiven() {
        assertThat(boltPort()).isEqualTo("0");
        assertThat(boltPort("--graph.embedded.bolt-port=7788")).isEqualTo("7788");
    }
}
