package org.moneygraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Posts GraphQL requests over HTTP/1.1 and returns {@code data}; any {@code errors} entry fails the call. */
final class GraphQlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String bearer;

    /** @param bearer token sent as {@code Authorization: Bearer}, or null for an anonymous caller */
    GraphQlClient(String uri, String bearer) {
        this.uri = URI.create(uri);
        this.bearer = bearer;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> post(String query, Map<String, Object> variables) {
        String body = JSON.writeValueAsString(Map.of("query", query, "variables", variables));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null && !bearer.isBlank()) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> answer = JSON.readValue(response.body(), Map.class);
            if (response.statusCode() != 200 || answer.get("errors") != null) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return (Map<String, Object>) answer.get("data");
        } catch (IOException e) {
            throw new IllegalStateException(uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
