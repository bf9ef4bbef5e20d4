package org.moneygraph.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no external database is configured: neither {@code NEO4J_URI} nor {@code spring.neo4j.uri}.
 * {@code application.yaml} maps the former onto the latter, so one property decides.
 */
class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.neo4j.uri"));
    }
}
