package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.moneygraph.AccountabilityGraphApplication;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** Starting, restarting and sharing the embedded database the way operators will. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseLifecycleTest {

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        // Command-line arguments, because they outrank application.yaml as real deployments' settings do.
        var args = new java.util.ArrayList<>(java.util.List.of("--graph.seed.enabled=false",
                "--graph.embedded.pagecache-memory=64m"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(AccountabilityGraphApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new));
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private static Map<String, Object> embeddedAt(Path folder) {
        return Map.of("graph.embedded.home", folder.toString(), "graph.embedded.bolt-port", "0");
    }

    @Test
    void dataSurvivesARestartAndShutdownIsQuick() {
        Path folder = TestDatabases.freshFolder("restart");
        try (var first = start(embeddedAt(folder))) {
            first.getBean(Driver.class).executableQuery("CREATE (:RestartProbe {value: 'kept'})").execute();
            long begin = System.nanoTime();
            first.close();
            assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(5));
        }
        try (var second = start(embeddedAt(folder))) {
            var values = second.getBean(Driver.class).executableQuery("MATCH (p:RestartProbe) RETURN p.value AS v")
                    .execute().records().stream().map(r -> r.get("v").asString()).toList();
            assertThat(values).containsExactly("kept");
        }
    }

    @Test
    void anExternalUriUsesThatDatabaseAndStartsNoEmbeddedOne() {
        try (var server = start(embeddedAt(TestDatabases.freshFolder("server")))) {
            EmbeddedNeo4j embedded = server.getBean(EmbeddedNeo4j.class);
            server.getBean(Driver.class).executableQuery("CREATE (:ExternalProbe {value: 'shared'})").execute();

            try (var client = start(Map.of("spring.neo4j.uri", embedded.boltUri().toString(),
                    "graph.embedded.home", TestDatabases.freshFolder("must-not-exist").toString()))) {
                assertThat(client.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
                var values = client.getBean(Driver.class).executableQuery("MATCH (p:ExternalProbe) RETURN p.value AS v")
                        .execute().records().stream().map(r -> r.get("v").asString()).toList();
                assertThat(values).containsExactly("shared");
                assertThat(Path.of(client.getEnvironment().getProperty("graph.embedded.home"))).doesNotExist();
            }
        }
    }

    @Test
    void aRoutingUriSendsReadsAsReadTransactionsAndWritesAsWrites() {
        // neo4j:// is how a cluster or Aura is reached: the driver asks for a routing table and sends read
        // transactions to readers. A single server answers with itself in every role, which is enough to
        // prove the wiring and the access modes end to end.
        int port = freePort();
        // A fixed port, because the routing table advertises the configured one and 0 is nobody's address.
        try (var server = start(Map.of("graph.embedded.home", TestDatabases.freshFolder("router").toString(),
                "graph.embedded.bolt-port", String.valueOf(port)))) {
            try (var client = start(Map.of("spring.neo4j.uri", "neo4j://127.0.0.1:" + port,
                    "graph.embedded.home", TestDatabases.freshFolder("router-client").toString()))) {
                var reader = client.getBean(org.moneygraph.graph.GraphReader.class);
                assertThat(reader.read("MATCH (r:Region) RETURN count(r) AS regions", Map.of()).getFirst().get("regions"))
                        .isEqualTo(server.getBean(Driver.class).executableQuery("MATCH (r:Region) RETURN count(r) AS c")
                                .execute().records().getFirst().get("c").asLong());
                assertThatThrownBy(() -> reader.read("CREATE (:RoutingProbe) RETURN 1 AS one", Map.of()))
                        .hasMessageContaining("read");
                assertThat(server.getBean(Driver.class).executableQuery("MATCH (p:RoutingProbe) RETURN count(p) AS c")
                        .execute().records().getFirst().get("c").asLong()).isZero();
            }
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderFailsWithOneClearSentence(CapturedOutput output) {
        Path folder = TestDatabases.freshFolder("locked");
        try (var first = start(embeddedAt(folder))) {
            assertThatThrownBy(() -> start(embeddedAt(folder)))
                    .rootCause().isInstanceOf(org.neo4j.io.locker.FileLockException.class);
            assertThat(output.getAll())
                    .contains("APPLICATION FAILED TO START")
                    .contains("The Neo4j data folder " + folder.toAbsolutePath().normalize() + " is in use by another process.")
                    .doesNotContain("at org.neo4j.io.locker");
        }
    }
}
