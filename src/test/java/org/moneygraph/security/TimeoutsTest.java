package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.graph.GraphErrors;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Both clocks: a request whose time is up runs no further field, and the database cuts a transaction that
 * runs past {@code graph.neo4j.transaction-timeout}. The request limit here is one nanosecond, so every
 * request is already late when its first field would start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "graph.seed.enabled=false", "graph.limits.request-timeout=1ns", "graph.neo4j.transaction-timeout=1s" })
class TimeoutsTest extends ServiceTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, TimeoutsTest.class);
    }

    @Test
    void aRequestPastItsTimeLimitStopsWithTimeout() {
        var error = graphql.post("{ serviceInfo { name } }", Map.of()).path("errors").path(0);
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("TIMEOUT");
        assertThat(error.path("message").asString()).contains("time limit").doesNotContain("Exception");
    }

    @Test
    void theDatabaseCutsASlowQuery() {
        // Counting two billion numbers takes far longer than the one-second transaction timeout.
        assertThatThrownBy(() -> reader.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n",
                Map.of())).isInstanceOf(ClientException.class).hasMessageContaining("timeout")
                // Which GraphErrors answers with TIMEOUT and a hint to narrow the request, not INTERNAL_ERROR.
                .matches(ex -> GraphErrors.timedOut((ClientException) ex), "recognised as timed out")
                .matches(ex -> !GraphErrors.exceedsTransactionMemory((ClientException) ex), "not as too large");
        assertThat(GraphErrors.timedOut((ClientException) catchThrowable(() -> reader.read("RETURN 1 / 0 AS n",
                Map.of())))).isFalse();
    }
}
