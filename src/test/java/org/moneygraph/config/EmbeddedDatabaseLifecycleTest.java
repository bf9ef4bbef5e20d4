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
