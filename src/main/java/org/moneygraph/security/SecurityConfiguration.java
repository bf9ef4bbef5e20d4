package org.moneygraph.security;

import org.moneygraph.config.ObservationSwitches;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;

/**
 * Who gets in. The HTTP layer only establishes who is calling and turns away callers with no role at all;
 * what each role may do is decided per GraphQL field by {@link FieldAuthorization}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    private static final String[] ROLES = java.util.Arrays.stream(Role.values()).map(Role::authority).toArray(String[]::new);

    /** The observations Spring Security's filter-chain decorator makes. */
    static final String[] REQUEST_OBSERVATIONS = {"spring.security.filterchains", "spring.security.http.secured.requests",
            "spring.security.http.unsecured.requests"};

    @Bean
    SecurityFilterChain graphSecurity(HttpSecurity http, GraphSecurityProperties properties, ApiTokens apiTokens,
            ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        BearerAuthentication bearer = new BearerAuthentication(adminTokenSha256(properties), apiTokens,
                jwtDecoder.getIfAvailable(), properties.jwt());
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            ErrorResponses.write(response, HttpStatus.UNAUTHORIZED.value(), "UNAUTHENTICATED",
                    request.getHeader("Authorization") == null
                            ? "Authentication required: send Authorization: Bearer <token>"
                            : "The bearer token is unknown, revoked, expired or malformed");
        };
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                // Anonymous callers get a role only from LoopbackReads, and only where it is switched on.
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> bearer)
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler((request, response, ex) -> ErrorResponses.write(response,
                                HttpStatus.FORBIDDEN.value(), "FORBIDDEN", "The caller holds no role of this service")))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error",
                                "/graphiql", "/graphiql/**").permitAll()
                        // The explorer page is public files; its data still comes through /graphql with the caller's token.
                        .requestMatchers("/", "/index.html", "/explorer/**", "/webjars/**").permitAll()
                        .anyRequest().hasAnyAuthority(ROLES));
        if (properties.anonymousLoopbackReads()) {
            http.addFilterAfter(new LoopbackReads(), BearerTokenAuthenticationFilter.class);
        }
        return http.build();
    }

    /**
     * Spring Security wraps the filter chain and its managers in observations unless told not to; the wrapper
     * costs CPU on every request even when the properties make each observation a no-op, so it follows them.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings(ObservationSwitches observations) {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(observations.anyEnabled(REQUEST_OBSERVATIONS))
                .shouldObserveAuthentications(observations.enabled("spring.security.authentications"))
                .shouldObserveAuthorizations(observations.enabled("spring.security.authorizations"))
                .build();
    }

    /** The admin token's hash, from the plain token or given as a hash; null when neither is set. */
    static String adminTokenSha256(GraphSecurityProperties properties) {
        if (StringUtils.hasText(properties.adminToken())) {
            return ApiTokens.sha256(properties.adminToken());
        }
        return StringUtils.hasText(properties.adminTokenSha256()) ? properties.adminTokenSha256().strip() : null;
    }
}
