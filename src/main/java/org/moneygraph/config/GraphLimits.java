package org.moneygraph.config;

import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.ParserOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The per-request limits that graphql-java brings: depth, complexity and the parser's token budget. Depth and
 * complexity walk a document once per operation and condition values ({@link PassedDocuments}); that holds
 * while they count fields only, as graphql-java's default measures do.
 */
@Configuration(proxyBeanMethods = false)
class GraphLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits,
            @Value("${graph.graphql.parsed-document-cache-size:1000}") int documents) {
        PassedDocuments passed = new PassedDocuments(documents);
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return passed.check(parameters.getExecutionContext(), () -> super.beginExecuteOperation(parameters, state));
            }

            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return LimitExceededException.abort("QUERY_TOO_DEEP",
                        "The query is " + depth + " fields deep; at most " + maxDepth + " are allowed (查询层级过深)");
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits,
            @Value("${graph.graphql.parsed-document-cache-size:1000}") int documents) {
        PassedDocuments passed = new PassedDocuments(documents);
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity()) {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                return passed.check(parameters.getExecutionContext(), () -> super.beginExecuteOperation(parameters, state));
            }

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
