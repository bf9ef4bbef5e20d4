package org.moneygraph.config;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Refuses to start, before the database or the web server, when {@code graph.security.require-credentials} is
 * on (the {@code prod} profile) and nobody could sign in; also refuses an admin token a bearer header cannot
 * carry or that is too short to be secret.
 */
@Component
class CredentialsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final List<String> JWT_PROPERTIES = List.of("spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String adminToken = environment.getProperty("graph.security.admin-token", "");
        String adminHash = environment.getProperty("graph.security.admin-token-sha256", "");
        if (StringUtils.hasText(adminToken)
                && (adminToken.length() < 16 || !adminToken.matches("[A-Za-z0-9\\-._~+/]+=*"))) {
            throw new MissingCredentialsException("GRAPH_ADMIN_TOKEN must be at least 16 characters of letters, "
                    + "digits and - . _ ~ + / (what a bearer header may carry).");
        }
        if (StringUtils.hasText(adminHash) && !adminHash.strip().matches("[0-9a-fA-F]{64}")) {
            throw new MissingCredentialsException("GRAPH_ADMIN_TOKEN_SHA256 must be 64 hexadecimal digits.");
        }
        boolean required = environment.getProperty("graph.security.require-credentials", Boolean.class, false);
        boolean jwt = JWT_PROPERTIES.stream().anyMatch(p -> StringUtils.hasText(environment.getProperty(p)));
        if (required && !StringUtils.hasText(adminToken) && !StringUtils.hasText(adminHash) && !jwt) {
            throw new MissingCredentialsException("The prod profile needs credentials: no admin token "
                    + "(GRAPH_ADMIN_TOKEN) and no JWT issuer or key is configured, so nobody could sign in.");
        }
    }
}
