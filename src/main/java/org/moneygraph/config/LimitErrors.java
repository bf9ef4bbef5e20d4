package org.moneygraph.config;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A limit hit while fields run (the deadline) keeps its own code instead of becoming an internal error. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LimitErrors extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof AbortExecutionException abort && !abort.getUnderlyingErrors().isEmpty()) {
            GraphQLError limit = abort.getUnderlyingErrors().getFirst();
            return GraphqlErrorBuilder.newError(env).message(limit.getMessage()).errorType(limit.getErrorType())
                    .extensions(limit.getExtensions()).build();
        }
        return null;
    }
}
