package org.moneygraph.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on what one GraphQL request may ask, after the OWASP GraphQL cheat sheet. Each has an environment
 * variable in application.yaml; docs/security.md lists them.
 *
 * @param maxDepth        deepest nesting of fields
 * @param maxComplexity   fields in the whole operation, each counted once (graphql-java's default measure)
 * @param maxAliases      aliased fields in the document, so one request cannot run a field many times
 * @param maxOperations   operation definitions in one document
 * @param maxPageSize     largest {@code first} any field accepts; at most {@code Connection.MAX_PAGE_SIZE}
 * @param maxRequestBytes largest JSON or GraphQL request body; multipart uploads have Spring's own limits
 * @param requestTimeout  how long one execution may go on; no field starts after it
 * @param maxTokens       parser tokens in one document
 * @param maxCharacters   characters in one document
 */
@ConfigurationProperties("graph.limits")
public record LimitsProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("1000") int maxComplexity,
        @DefaultValue("30") int maxAliases,
        @DefaultValue("5") int maxOperations,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("1048576") long maxRequestBytes,
        @DefaultValue("30s") Duration requestTimeout,
        @DefaultValue("5000") int maxTokens,
        @DefaultValue("100000") int maxCharacters) {
}
