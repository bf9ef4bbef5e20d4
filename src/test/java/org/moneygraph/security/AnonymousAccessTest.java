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
import java.util.Map;
import java.util.Optional;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;
import org.moneygraph.config.EmbeddedNeo4j;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The quick-start profile: anonymous callers may read from loopback only, writes always need a token, and the
 * embedded database never listens beyond loopback.
 */
class AnonymousAccessTest extends SecurityServiceTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    EmbeddedNeo4j embedded;

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
