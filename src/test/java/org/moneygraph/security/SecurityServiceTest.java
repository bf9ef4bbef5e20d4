package org.moneygraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running service, on the seed graph, for every security and hardening test of the default (quick-start)
 * profile: a bootstrap admin token, JWTs signed by a key pair made here, and limits set low enough that a
 * hostile request is easy to write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "graph.security.admin-token=" + SecurityServiceTest.ADMIN_TOKEN,
        "graph.limits.max-depth=9",
        "graph.limits.max-complexity=120",
        "graph.limits.max-aliases=4",
        "graph.limits.max-operations=2",
        "graph.limits.max-page-size=50",
        "graph.limits.max-request-bytes=20000",
        "graph.limits.max-tokens=1500",
        "graph.embedded.transaction-memory-max=128m",
        "graph.search.max-hits=5" })
abstract class SecurityServiceTest extends ServiceTest {

    static final String ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

    /** The issuer's key pair: the service trusts the public half, tests sign with the private half. */
    static final KeyPair ISSUER = keyPair();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, SecurityServiceTest.class);
        Path pem = TestDatabases.freshFolder("jwt-issuer").resolveSibling("jwt-issuer-" + ISSUER.getPublic().hashCode() + ".pem");
        try {
            Files.createDirectories(pem.getParent());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ISSUER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    GraphQl admin() {
        return graphql.withToken(ADMIN_TOKEN);
    }

    /** A token made by the admin through GraphQL, as a client would. */
    String createToken(String name, Role role, String regionScope) {
        var data = admin().data("""
                mutation($name: String!, $role: Role!, $region: ID) {
                  createApiToken(name: $name, role: $role, regionScope: $region) { secret token { id } }
                }""", variables("name", name, "role", role.name(), "region", regionScope));
        return data.path("createApiToken").path("secret").asString();
    }

    static Map<String, Object> variables(Object... keysAndValues) {
        Map<String, Object> map = new java.util.HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static String jwt(KeyPair signer, Map<String, Object> claims, Instant expires) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("alice@example.org")
                .issueTime(java.util.Date.from(Instant.now().minusSeconds(60))).expirationTime(java.util.Date.from(expires));
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What came back: the HTTP status and the body as JSON (or as text when it is not JSON). */
    record Answer(int status, String body) {
        tools.jackson.databind.JsonNode json() {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
        }

        String code() {
            return json().path("errors").path(0).path("extensions").path("code").asString();
        }
    }

    /** Posts a raw body to /graphql, optionally with a bearer token, and keeps whatever status comes back. */
    Answer post(String token, String body) {
        return send("http://127.0.0.1:" + port, token, body);
    }

    static Answer send(String baseUrl, String token, String body) {
        var request = org.springframework.web.client.RestClient.create(baseUrl).post().uri("/graphql")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON);
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.body(body).exchange((req, res) -> new Answer(res.getStatusCode().value(),
                new String(res.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    static String query(String graphql) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(Map.of("query", graphql));
    }

    long nodeCount() {
        return driver.executableQuery("MATCH (n) RETURN count(n) AS c").execute().records().getFirst().get("c").asLong();
    }
}
