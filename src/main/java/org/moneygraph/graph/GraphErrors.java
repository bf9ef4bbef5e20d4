package org.moneygraph.graph;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.moneygraph.security.AccessDeniedException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/** Gives every error a stable {@code extensions.code} and, for bad input, the argument at fault. */
@Component
public class GraphErrors extends DataFetcherExceptionResolverAdapter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphErrors.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof FieldException fault) {
            return GraphqlErrorBuilder.newError(env).errorType(fault.errorType()).message(fault.getMessage())
                    .extensions(Map.of("code", fault.code(), "field", fault.field())).build();
        }
        if (ex instanceof AccessDeniedException denied) {
            Map<String, Object> extensions = new java.util.LinkedHashMap<>();
            extensions.put("code", denied.unauthenticated() ? "UNAUTHENTICATED" : "FORBIDDEN");
            if (denied.field() != null) {
                extensions.put("field", denied.field());
            }
            return GraphqlErrorBuilder.newError(env)
                    .errorType(denied.unauthenticated() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                    .message(denied.getMessage()).extensions(extensions).build();
        }
        if (ex instanceof org.neo4j.driver.exceptions.Neo4jException neo && exceedsTransactionMemory(neo)) {
            // The database refused to hold the whole answer in one transaction: the request is too big for this
            // server, not broken, and a smaller scope or depth will go through.
            return narrower(env, neo, "TOO_LARGE", "The answer needs more memory than the database allows one "
                    + "transaction (dbms.memory.transaction.total.max or db.memory.transaction.max); ask for a smaller scope or "
                    + "depth (结果过大)");
        }
        if (ex instanceof org.neo4j.driver.exceptions.Neo4jException neo && timedOut(neo)) {
            // The read ran past its time limit and was stopped, having changed nothing.
            return narrower(env, neo, "TIMEOUT", "The answer took longer than one transaction may run "
                    + "(graph.neo4j.transaction-timeout); ask for a smaller scope or depth (查询超时)");
        }
        log.error("Failed to resolve {}", env.getExecutionStepInfo().getPath(), ex);
        // Never leak internals: the message of an unexpected failure may carry Cypher or stack details.
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error while resolving " + env.getExecutionStepInfo().getPath())
                .extensions(Map.of("code", "INTERNAL_ERROR")).build();
    }

    /** A request the database stopped for its size, answered with a hint to ask for less. */
    private static GraphQLError narrower(DataFetchingEnvironment env, org.neo4j.driver.exceptions.Neo4jException ex,
            String code, String message) {
        log.warn("Refused {} ({}): {}", env.getExecutionStepInfo().getPath(), code, ex.getMessage());
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of("code", code)).build();
    }

    /** Whether the database stopped a transaction that ran past its timeout. */
    public static boolean timedOut(org.neo4j.driver.exceptions.Neo4jException ex) {
        return ex.code() != null && ex.code().startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
    }

    /** Whether the database refused a transaction for holding more memory than it allows. */
    public static boolean exceedsTransactionMemory(org.neo4j.driver.exceptions.Neo4jException ex) {
        // The pool of all transactions (dbms.memory.transaction.total.max) or the bound of one
        // (db.memory.transaction.max, which a server may set): either way this answer does not fit.
        return ex.code() != null && (ex.code().contains("MemoryPoolOutOfMemoryError")
                || ex.code().contains("TransactionOutOfMemoryError"))
                || ex.getMessage() != null && (ex.getMessage().contains("dbms.memory.transaction")
                        || ex.getMessage().contains("db.memory.transaction.max"));
    }
}
