package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** API tokens end to end: an admin makes them over GraphQL, they open the door for their role, revoking shuts it. */
class ApiTokenTest extends SecurityServiceTest {

    @Test
    void theSecretIsShownOnceStoredAsAHashAndOpensTheDoorForItsRole() {
        var created = admin().data("""
                mutation { createApiToken(name: "county office", role: VIEWER) {
                  secret token { id name role regionScope createdBy revoked } } }""").path("createApiToken");
        String secret = created.path("secret").asString();
        String id = created.path("token").path("id").asString();
        assertThat(secret).startsWith("mgt_").hasSize(4 + 43);
        assertThat(created.path("token").path("createdBy").asString()).isEqualTo("admin");
        assertThat(created.path("token").path("revoked").asBoolean()).isFalse();

        // Only the hash is in the database, under a node that is not part of the model.
        var stored = driver.executableQuery("MATCH (t:ApiToken {id: $id}) RETURN t {.*} AS t, labels(t) AS labels")
                .withParameters(Map.of("id", id)).execute().records().getFirst();
        assertThat(stored.get("t").asMap()).containsEntry("tokenHash", ApiTokens.sha256(secret))
                .doesNotContainValue(secret);
        assertThat(stored.get("labels").asList()).containsExactly("ApiToken");

        // The list never shows secrets: the type has no such field, and asking for it is a validation error.
        String listed = admin().post("{ apiTokens { id name role } }", Map.of()).toString();
        assertThat(listed).contains(id).doesNotContain(secret);
        assertThat(admin().post("{ apiTokens { secret } }", Map.of()).path("errors").path(0).path("message").asString())
                .contains("secret");

        var me = graphql.withToken(secret).data("{ me { name roles regionScope } }").path("me");
        assertThat(me.path("name").asString()).isEqualTo("county office");
        assertThat(me.path("roles").toString()).isEqualTo("[\"VIEWER\"]");
        assertThat(graphql.withToken(secret).data("{ regions(first: 1) { totalCount } }")
                .path("regions").path("totalCount").asInt()).isPositive();

        var revoked = admin().data("mutation($id: ID!) { revokeApiToken(id: $id) { revoked revokedAt } }",
                Map.of("id", id)).path("revokeApiToken");
        assertThat(revoked.path("revoked").asBoolean()).isTrue();
        Answer after = post(secret, query("{ regions(first: 1) { totalCount } }"));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(admin().data("{ apiTokens { id } }").toString()).doesNotContain(id);
        assertThat(admin().data("{ apiTokens(includeRevoked: true) { id revoked } }").toString()).contains(id);
    }

    @Test
    void unknownAndMalformedTokensGetA401InGraphQlShape() {
        for (String token : List.of("mgt_nottherealthing", "a.b.c", "not a token at all")) {
            Answer answer = post(token, query("{ serviceInfo { name } }"));
            assertThat(answer.status()).as(token).isEqualTo(401);
            assertThat(answer.code()).as(token).isEqualTo("UNAUTHENTICATED");
            assertThat(answer.json().path("errors").path(0).path("message").asString()).isNotBlank();
        }
    }

    @Test
    void onlyAnAdminManagesTokens() {
        String editor = createToken("editor of tokens test", Role.EDITOR, null);
        var denied = graphql.withToken(editor).post("mutation { createApiToken(name: \"x\", role: ADMIN) { secret } }", Map.of());
        assertThat(denied.path("data").path("createApiToken").isNull() || denied.path("data").isNull()).isTrue();
        assertThat(denied.path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(denied.path("errors").path(0).path("extensions").path("field").asString()).isEqualTo("createApiToken");
        assertThat(graphql.withToken(editor).post("{ apiTokens { id } }", Map.of()).path("errors").path(0)
                .path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        // Anonymous loopback readers are told to sign in.
        assertThat(graphql.post("{ apiTokens { id } }", Map.of()).path("errors").path(0).path("extensions")
                .path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(admin().data("{ apiTokens { name } }").toString()).doesNotContain("\"x\"");
    }

    @Test
    void aRegionScopeMustBeAKnownRegionAndReachesTheActor() {
        String region = graphql.data("{ regions(filter: {levels: [COUNTY]}, first: 1) { edges { node { id } } } }")
                .path("regions").path("edges").path(0).path("node").path("id").asString();
        String secret = createToken("scoped editor", Role.EDITOR, region);
        var me = graphql.withToken(secret).data("{ me { roles regionScope } }").path("me");
        assertThat(me.path("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(me.path("regionScope").asString()).isEqualTo(region);

        var unknown = admin().post("mutation { createApiToken(name: \"nowhere\", role: EDITOR, regionScope: \"Region:999-nowhere\") { secret } }",
                Map.of()).path("errors").path(0).path("extensions");
        assertThat(unknown.path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(unknown.path("field").asString()).isEqualTo("regionScope");
        var duplicate = admin().post("mutation { createApiToken(name: \"scoped editor\", role: VIEWER) { secret } }",
                Map.of()).path("errors").path(0).path("extensions");
        assertThat(duplicate.path("field").asString()).isEqualTo("name");
        assertThat(admin().post("mutation { revokeApiToken(id: \"ApiToken:none\") { id } }", Map.of())
                .path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
    }
}
