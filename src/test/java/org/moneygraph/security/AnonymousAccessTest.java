package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.moneygraph.config.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The quick-start profile: anonymous callers may read from loopback only, writes always need a token, and the
 * embedded database never listens beyond loopback.
 */
class AnonymousAccessTest extends SecurityServiceTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    EmbeddedNeo4j embedded;

    @Autowired
    List<GraphQlSourceBuilderCustomizer> customizers;

    @Autowired
    List<Instrumentation> instrumentations;

    @Autowired
    List<DataFetcherExceptionResolver> exceptionResolvers;

    @Test
    void anonymousLoopbackCallersReadButMayNotWrite() {
        assertThat(graphql.data("{ me { name roles } }").path("me").toString())
                .isEqualTo("{\"name\":\"anonymous\",\"roles\":[\"VIEWER\"]}");
        var write = graphql.post("mutation { revokeApiToken(id: \"ApiToken:x\") { id } }", Map.of()).path("errors").path(0);
        assertThat(write.path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(write.path("extensions").path("field").asString()).isEqualTo("revokeApiToken");
    }

    @Test
    void anonymousCallersFromAnotherAddressGetA401() {
        Optional<InetAddress> outside = siteAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address");
        Answer answer = send("http://" + outside.get().getHostAddress() + ":" + port, null, query("{ serviceInfo { name } }"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        // The same address with a token is let in: the rule is about anonymous callers, not about the network.
        assertThat(send("http://" + outside.get().getHostAddress() + ":" + port, ADMIN_TOKEN,
                query("{ me { name } }")).body()).contains("\"name\":\"admin\"");
    }

    @Test
    void theEmbeddedBoltPortListensOnLoopbackOnly() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        Optional<InetAddress> outside = siteAddress();
        assumeTrue(outside.isPresent(), "this machine has no non-loopback IPv4 address");
        assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(outside.get(), embedded.boltPort()), 2000);
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void everyQueryFieldNeedsAtLeastViewerAndEveryMutationFieldAtLeastEditor() {
        GraphQLSchema schema = graphQlSource.schema();
        for (GraphQLFieldDefinition field : schema.getQueryType().getFieldDefinitions()) {
            assertThat(FieldAuthorization.needed(schema, schema.getQueryType(), field)).as(field.getName()).isNotNull();
        }
        for (GraphQLFieldDefinition field : schema.getMutationType().getFieldDefinitions()) {
            assertThat(FieldAuthorization.needed(schema, schema.getMutationType(), field)).as(field.getName())
                    .isGreaterThanOrEqualTo(Role.EDITOR);
        }
        assertThat(FieldAuthorization.needed(schema, schema.getQueryType(), schema.getQueryType().getField("reconciliation")))
                .isEqualTo(Role.AUDITOR);
        assertThat(FieldAuthorization.needed(schema, schema.getQueryType(), schema.getQueryType().getField("apiTokens")))
                .isEqualTo(Role.ADMIN);
        assertThat(FieldAuthorization.needed(schema, schema.getQueryType(), schema.getQueryType().getField("regions")))
                .isEqualTo(Role.VIEWER);
    }

    /**
     * The role and page-size checks apply to a field however it is wired, a plain property read included. A schema
     * whose checked fields are all plain properties, built with the application's own customizers and
     * instrumentations: a VIEWER reads the open field, is refused the ADMIN one and an oversized page.
     */
    @Test
    void aCheckedFieldReadAsAPlainPropertyIsStillChecked() {
        var builder = GraphQlSource.schemaResourceBuilder()
                .schemaResources(new ClassPathResource("graphql/security.graphqls"), new ByteArrayResource("""
                        type Query { thing: Thing }
                        type Thing { name: String, secret: String @requiresRole(role: ADMIN), items(first: Int): [String] }
                        """.getBytes(StandardCharsets.UTF_8)))
                .configureRuntimeWiring(wiring -> wiring.type("Query", t -> t.dataFetcher("thing",
                        e -> Map.of("name", "n", "secret", "s", "items", List.of("a", "b")))))
                .instrumentation(instrumentations)
                .exceptionResolvers(exceptionResolvers);
        customizers.forEach(customizer -> customizer.customize(builder));
        GraphQL graphQl = builder.build().graphQl();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("v", null,
                List.of(new SimpleGrantedAuthority(Role.VIEWER.authority()))));
        try {
            var open = graphQl.execute("{ thing { name } }");
            assertThat(open.getErrors()).isEmpty();
            assertThat(open.<Map<String, Object>>getData()).isEqualTo(Map.of("thing", Map.of("name", "n")));
            var secret = graphQl.execute("{ thing { name secret } }");
            assertThat(secret.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getPath()).isEqualTo(List.of("thing", "secret"));
                assertThat(error.getMessage()).contains("ADMIN");
                assertThat(error.getExtensions()).containsEntry("code", "FORBIDDEN");
            });
            var page = graphQl.execute("{ thing { items(first: 101) } }");
            assertThat(page.getErrors()).singleElement().satisfies(error -> {
                assertThat(error.getPath()).isEqualTo(List.of("thing", "items"));
                assertThat(error.getExtensions()).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "first");
            });
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Optional<InetAddress> siteAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(n -> {
                try {
                    return n.isUp() && !n.isLoopback();
                }
                catch (IOException ex) {
                    return false;
                }
            }).flatMap(NetworkInterface::inetAddresses).filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                    .findFirst();
        }
        catch (IOException ex) {
            return Optional.empty();
        }
    }
}
