package org.moneygraph.config;

import java.util.List;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.validation.ValidationError;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.InvalidInputException;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * The limits graphql-java does not bring: aliases and operations per document (so one request cannot run a
 * costly field hundreds of times), the page size of every {@code first} argument, and the execution deadline.
 * The page size and the deadline are checked where a field's fetcher runs, except for plain property reads,
 * which are instant and need no deadline; a field with a page size is never one ({@link CheckedFields}).
 */
@Component
class DocumentLimits implements Instrumentation, GraphQlSourceBuilderCustomizer {

    /** When this request's time is up, in {@link System#nanoTime()} terms. */
    private record Deadline(long nanos) implements InstrumentationState {
    }

    private final LimitsProperties limits;

    DocumentLimits(LimitsProperties limits) {
        if (limits.maxPageSize() < 1 || limits.maxPageSize() > Connection.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("graph.limits.max-page-size must be between 1 and " + Connection.MAX_PAGE_SIZE);
        }
        this.limits = limits;
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(CheckedFields.visitor((type, field) -> field.getArgument("first") != null)));
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + limits.requestTimeout().toNanos());
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        Document document = parameters.getDocument();
        long operations = document.getDefinitions().stream().filter(d -> d instanceof OperationDefinition).count();
        if (operations > limits.maxOperations()) {
            throw LimitExceededException.abort("TOO_MANY_OPERATIONS", "The document holds " + operations
                    + " operations; at most " + limits.maxOperations() + " are allowed (操作过多)");
        }
        int aliases = aliases(document);
        if (aliases > limits.maxAliases()) {
            throw LimitExceededException.abort("TOO_MANY_ALIASES", "The document uses " + aliases
                    + " aliases; at most " + limits.maxAliases() + " are allowed (别名过多)");
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        long deadline = ((Deadline) state).nanos();
        boolean paged = parameters.getEnvironment().getFieldDefinition().getArgument("first") != null;
        return env -> {
            if (System.nanoTime() - deadline > 0) {
                throw LimitExceededException.abort("TIMEOUT", "The request ran past its time limit of "
                        + limits.requestTimeout().toMillis() + " ms (请求超时)");
            }
            if (paged && env.getArgument("first") instanceof Integer first && first > limits.maxPageSize()) {
                throw new InvalidInputException("first", "must be between 0 and " + limits.maxPageSize() + " (每页条数)");
            }
            return fetcher.get(env);
        };
    }

    private static int aliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += aliases(child);
        }
        return count;
    }
}
