package org.moneygraph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/** Operators can switch GraphiQL off; the GraphQL endpoint stays. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "graph.seed.enabled=false", "spring.graphql.graphiql.enabled=false" })
class GraphiqlSwitchedOffTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, GraphiqlSwitchedOffTest.class);
    }

    @Test
    void graphiqlIsGoneAndGraphqlStillAnswers() {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        HttpStatusCode status = http.get().uri("/graphiql").exchange((request, response) -> response.getStatusCode());
        assertThat(status.value()).isEqualTo(404);
        String answer = http.post().uri("/graphql").header("Content-Type", "application/json")
                .body("{\"query\":\"{ __typename }\"}").retrieve().body(String.class);
        assertThat(answer).contains("\"__typename\":\"Query\"");
    }
}
