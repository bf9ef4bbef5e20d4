package org.moneygraph.security;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Turns a bearer token into roles: the bootstrap admin token, then a JWT when an issuer or key is configured
 * and the token has a JWT's three parts, then the API tokens in the database. Anything else is refused.
 */
class BearerAuthentication implements AuthenticationManager {

    private final byte[] adminTokenHash;
    private final ApiTokens apiTokens;
    private final JwtAuthenticationProvider jwt;

    /**
     * @param adminTokenSha256 hex SHA-256 of the admin token, or null when there is none
     * @param jwtDecoder       null when no issuer or key is configured
     */
    BearerAuthentication(String adminTokenSha256, ApiTokens apiTokens, JwtDecoder jwtDecoder,
            GraphSecurityProperties.Jwt claims) {
        this.adminTokenHash = adminTokenSha256 == null ? null : adminTokenSha256.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        this.apiTokens = apiTokens;
        if (jwtDecoder == null) {
            this.jwt = null;
        }
        else {
            this.jwt = new JwtAuthenticationProvider(jwtDecoder);
            this.jwt.setJwtAuthenticationConverter(token -> new JwtAuthenticationToken(token, authorities(token, claims),
                    token.getClaimAsString(claims.nameClaim())));
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String secret = ((BearerTokenAuthenticationToken) authentication).getToken();
        // Compared as hashes in constant time, so timing says nothing about the admin token.
        if (adminTokenHash != null
                && MessageDigest.isEqual(adminTokenHash, ApiTokens.sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
            return authenticated("admin", List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
        }
        if (jwt != null && secret.chars().filter(c -> c == '.').count() == 2) {
            return jwt.authenticate(authentication);
        }
        return apiTokens.find(secret)
                .map(token -> authenticated(token.name(), grants(token.role().name(), token.regionScope())))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown or revoked token"));
    }

    private static Authentication authenticated(String name, Collection<? extends GrantedAuthority> authorities) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
    }

    static List<GrantedAuthority> grants(String role, String regionScope) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.valueOf(role).authority()));
        if (regionScope != null && !regionScope.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(Actor.REGION_SCOPE_PREFIX + regionScope));
        }
        return authorities;
    }

    /** Roles from the roles claim (a list or a space-separated string; unknown names are ignored) and the region claim. */
    static List<GrantedAuthority> authorities(Jwt token, GraphSecurityProperties.Jwt claims) {
        Object claim = token.getClaims().get(claims.rolesClaim());
        List<String> names = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> names.add(String.valueOf(v)));
        }
        else if (claim instanceof String text) {
            names.addAll(List.of(text.trim().split("[\\s,]+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String name : names) {
            String role = name.toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
            for (Role known : Role.values()) {
                if (known.name().equals(role)) {
                    authorities.add(new SimpleGrantedAuthority(known.authority()));
                }
            }
        }
        String region = token.getClaimAsString(claims.regionClaim());
        if (region != null && !region.isBlank()) {
            authorities.add(new SimpleGrantedAuthority(Actor.REGION_SCOPE_PREFIX + region));
        }
        return authorities;
    }

}
