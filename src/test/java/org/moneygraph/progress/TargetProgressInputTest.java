package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Scopes that are not a region, campaign, unit or project, or that do not exist, are the client's to fix. */
class TargetProgressInputTest extends ProgressSeedTest {

    private JsonNode error(String scope) {
        JsonNode response = graphql.post("query($scope: ID) { targetProgress(scope: $scope) { summary { indicators } } }",
                Map.of("scope", scope));
        assertThat(response.path("errors")).as("errors of %s", scope).hasSize(1);
        return response.path("errors").get(0);
    }

    @Test
    void aFundIsNotAScope() {
        JsonNode error = error("Fund:001-fund-charity");
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("scope");
        assertThat(error.path("message").asString()).contains("is a Fund");
    }

    @Test
    void aPairingIsNotAScopeEither() {
        assertThat(error("Pairing:001-pair-gz").path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void anUnknownScopeIsNotFound() {
        JsonNode error = error("Region:000-nowhere");
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("scope");
    }

    @Test
    void aBlankScopeIsBadInput() {
        JsonNode error = error(" ");
        assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.path("extensions").path("field").asString()).isEqualTo("scope");
    }
}
