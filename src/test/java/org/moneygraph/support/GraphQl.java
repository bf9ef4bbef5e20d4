package org.moneygraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL over HTTP, as any client would, and hands back the JSON answer. */
public final class GraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient http;
    private final int port;

    public GraphQl(int port) {
        this(port, null);
    }

    private GraphQl(int port, String token) {
        this.port = port;
        RestClient.Builder builder = RestClient.builder().baseUrl("http://127.0.0.1:" + port);
        if (token != null) {
            builder.defaultHeader("Authorization", "Bearer " + token);
        }
        this.http = builder.build();
    }

    /** A copy that sends {@code Authorization: Bearer <token>} with every request. */
    public GraphQl withToken(String token) {
        return new GraphQl(port, token);
    }

    /** The whole response: {@code data} and {@code errors}. */
    public JsonNode post(String query, Map<String, Object> variables) {
        String body = http.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("application/graphql-response+json"))
                .body(Map.of("query", query, "variables", variables))
                .exchange((request, response) -> new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        return JSON.readTree(body);
    }

    /** The {@code data} of a query that must succeed. */
    public JsonNode data(String query, Map<String, Object> variables) {
        JsonNode response = post(query, variables);
        assertThat(response.path("errors").isMissingNode() || response.path("errors").isEmpty())
                .as("errors: %s", response.path("errors")).isTrue();
        return response.path("data");
    }

    public JsonNode data(String query) {
        return data(query, Map.of());
    }
}
