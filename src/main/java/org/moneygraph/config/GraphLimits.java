package org.moneygraph.config;

import java.util.Map;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.parser.ParserOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/** The per-request limits that graphql-java brings: depth, complexity and the parser's token budget. */
@Configuration(proxyBeanMethods = false)
class GraphLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return LimitExceededException.abort("QUERY_TOO_DEEP",
                        "The query is " + depth + " fields deep; at most " + maxDepth + " are allowed (查询层级过深)");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return LimitExceededException.abort("QUERY_TOO_COMPLEX", "The query asks for " + complexity
                        + " fields; at most " + maxComplexity + " are allowed (查询过于复杂)");
            }
        };
    }

    /**
     * Parser limits per request rather than graphql-java's JVM-wide defaults, so that each application context
     * keeps its own; graphql-java reads them from the GraphQL context.
     */
    @Bean
    WebGraphQlInterceptor parserLimits(LimitsProperties limits) {
        ParserOptions options = ParserOptions.getDefaultOperationParserOptions().transform(o -> o
                .maxTokens(limits.maxTokens()).maxCharacters(limits.maxCharacters()));
        return (request, chain) -> {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(ParserOptions.class, options)).build());
            return chain.next(request);
        };
    }
}
