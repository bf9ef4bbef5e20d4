package org.moneygraph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one sentence why a {@code prod} start was refused, and what to set. */
class MissingCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<MissingCredentialsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingCredentialsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set GRAPH_ADMIN_TOKEN (or GRAPH_ADMIN_TOKEN_SHA256), or a JWT issuer or key with "
                        + "spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri or public-key-location.",
                null);
    }
}
