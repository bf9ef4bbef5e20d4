package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The {@code prod} profile, started with only the SHA-256 of an admin token: nobody gets in anonymously, not
 * even from loopback, and GraphiQL, introspection and the printed schema are gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "graph.seed.enabled=false", "graph.security.admin-token-sha256=" + ProdProfileTest.ADMIN_SHA256 })
@ActiveProfiles("prod")
class ProdProfileTest {

    static final String ADMIN = "prod-admin-token-fedcba9876543210";
    /** {@code printf %s prod-admin-token-fedcba9876543210 | sha256sum} */
    static final String ADMIN_SHA256 = "0334ae8c7f48f34460fd39f95dd6a151d69f6ec2c62e3eaecdb7fd9f8845d2a6";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ProdProfileTest.class);
    }

    private SecurityServiceTest.Answer post(String token, String query) {
        return SecurityServiceTest.send("http://127.0.0.1:" + port, token, SecurityServiceTest.query(query));
    }

    @Test
    void theHashOfTheAdminTokenIsEnoughToSignIn() {
        assertThat(ApiTokens.sha256(ADMIN)).isEqualTo(ADMIN_SHA256);
        var answer = post(ADMIN, "mutation { createApiToken(name: \"prod viewer\", role: VIEWER) { secret } }");
        assertThat(answer.status()).isEqualTo(200);
        String secret = answer.json().path("data").path("createApiToken").path("secret").asString();
        assertThat(post(secret, "{ me { name roles } }").body()).contains("\"name\":\"prod viewer\"");
    }

    @Test
    void anonymousCallersAreRefusedEvenFromLoopback() {
        var answer = post(null, "{ serviceInfo { name } }");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(post("wrong-token-wrong-token", "{ serviceInfo { name } }").status()).isEqualTo(401);
    }

    @Test
    void graphiqlIntrospectionAndThePrintedSchemaAreOff() {
        RestClient http = RestClient.create("http://127.0.0.1:" + port);
        int graphiql = http.get().uri("/graphiql").exchange((request, response) -> response.getStatusCode().value());
        assertThat(graphiql).isEqualTo(404);
        int schema = http.get().uri("/graphql/schema").header("Authorization", "Bearer " + ADMIN)
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(schema).isEqualTo(404);
        var introspection = post(ADMIN, "{ __schema { types { name } } }");
        assertThat(introspection.body()).doesNotContain("ApiToken");
        assertThat(introspection.json().path("errors").path(0).path("message").asString())
                .contains("Introspection has been disabled");
    }
}
