package org.moneygraph.config;

import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;

/** A request over one of the {@link LimitsProperties}: refused whole, before or while it runs, with a stable code. */
final class LimitExceededException {

    private LimitExceededException() {
    }

    /** Ends the request with one error whose {@code extensions.code} says which limit it broke. */
    static AbortExecutionException abort(String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().message(message)
                .errorType(ErrorClassification.errorClassification(code)).extensions(Map.of("code", code)).build();
        return new AbortExecutionException(List.of(error));
    }
}
