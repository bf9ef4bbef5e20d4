package org.moneygraph.security;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a refusal made before GraphQL runs (no token, bad token, too large a body) in the shape GraphQL
 * clients read: {@code {"errors":[{"message":…,"extensions":{"code":…}}]}}.
 */
public final class ErrorResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorResponses() {
    }

    public static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> error = Map.of("message", message, "extensions", Map.of("code", code));
        response.getWriter().write(JSON.writeValueAsString(Map.of("errors", List.of(error))));
        response.getWriter().flush();
    }
}
