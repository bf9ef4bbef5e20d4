package org.moneygraph.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the service. There is no default token or password: an empty admin token means there is none.
 *
 * @param adminToken             the bootstrap administrator's bearer token ({@code GRAPH_ADMIN_TOKEN}); empty for none
 * @param adminTokenSha256       the SHA-256 (hex) of that token, so the plain value need not sit in the
 *                               environment ({@code GRAPH_ADMIN_TOKEN_SHA256}); empty for none
 * @param anonymousLoopbackReads whether callers on 127.0.0.1 / ::1 without a token may read (VIEWER); on in
 *                               the quick-start profile, off in {@code prod}
 * @param requireCredentials     refuse to start unless an admin token or a JWT issuer or key is configured
 * @param jwt                    how a JWT's claims become roles and a region scope
 */
@ConfigurationProperties("graph.security")
public record GraphSecurityProperties(
        @DefaultValue("") String adminToken,
        @DefaultValue("") String adminTokenSha256,
        @DefaultValue("true") boolean anonymousLoopbackReads,
        @DefaultValue("false") boolean requireCredentials,
        @DefaultValue Jwt jwt) {

    /**
     * @param rolesClaim  the claim holding the roles, a list or a space-separated string ({@code VIEWER},
     *                    {@code ROLE_EDITOR}, {@code editor} all count)
     * @param regionClaim the claim holding the region an editor is limited to
     * @param nameClaim   the claim naming the caller in change history
     */
    public record Jwt(@DefaultValue("roles") String rolesClaim, @DefaultValue("region") String regionClaim,
            @DefaultValue("sub") String nameClaim) {
    }
}
