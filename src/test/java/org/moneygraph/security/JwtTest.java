package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** JWTs from the configured issuer: roles and region come from claims; a foreign or expired token is refused. */
class JwtTest extends SecurityServiceTest {

    private static final Instant IN_AN_HOUR = Instant.now().plusSeconds(3600);

    @Test
    void rolesAndRegionComeFromTheClaims() {
        String token = jwt(ISSUER, Map.of("roles", List.of("EDITOR"), "region", "Region:003-tongjiang"), IN_AN_HOUR);
        var me = graphql.withToken(token).data("{ me { name roles regionScope } }").path("me");
        assertThat(me.path("name").asString()).isEqualTo("alice@example.org");
        assertThat(me.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(me.path("regionScope").asString()).isEqualTo("Region:003-tongjiang");
    }

    @Test
    void aSpaceSeparatedLowerCaseRoleClaimCountsAndAuditorsReconcile() {
        String fund = graphql.data("{ funds(first: 1) { edges { node { id } } } }")
                .path("funds").path("edges").path(0).path("node").path("id").asString();
        String reconcile = "query($scope: ID!) { reconciliation(scope: $scope) { rows { node { id } } } }";

        String auditor = jwt(ISSUER, Map.of("roles", "viewer role_auditor"), IN_AN_HOUR);
        assertThat(graphql.withToken(auditor).data("{ me { roles } }").path("me").path("roles").toString())
                .isEqualTo("[\"VIEWER\",\"AUDITOR\"]");
        assertThat(graphql.withToken(auditor).data(reconcile, Map.of("scope", fund)).path("reconciliation").isObject()).isTrue();

        String viewer = jwt(ISSUER, Map.of("roles", List.of("VIEWER", "SUPERUSER")), IN_AN_HOUR);
        var denied = graphql.withToken(viewer).post(reconcile, Map.of("scope", fund)).path("errors").path(0);
        assertThat(denied.path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(denied.path("extensions").path("field").asString()).isEqualTo("reconciliation");
        assertThat(denied.path("message").asString()).contains("AUDITOR");
    }

    @Test
    void aTokenFromAnotherKeyOrPastItsExpiryIsRefused() {
        String foreign = jwt(keyPair(), Map.of("roles", List.of("ADMIN")), IN_AN_HOUR);
        String expired = jwt(ISSUER, Map.of("roles", List.of("ADMIN")), Instant.now().minusSeconds(600));
        for (String token : List.of(foreign, expired)) {
            Answer answer = post(token, query("{ me { name } }"));
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void aTokenWithoutAnyRoleOfOursGetsA403() {
        Answer answer = post(jwt(ISSUER, Map.of("roles", List.of("SOMETHING_ELSE")), IN_AN_HOUR), query("{ me { name } }"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }
}
