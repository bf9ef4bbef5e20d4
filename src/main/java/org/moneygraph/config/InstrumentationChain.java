package org.moneygraph.config;

import java.lang.reflect.Method;
import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.ExecuteObjectInstrumentationContext;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.stereotype.Component;

/**
 * graphql-java's chain of the application's instrumentations, without its cost per field for the hooks none of
 * them uses. graphql-java calls the chain at every field for each hook (execution, fetching, completion, each
 * object and list), and the chain asks every instrumentation in turn and wraps their answers in a new context,
 * even when all of them do nothing there. None of the application's five (depth, complexity, document limits,
 * field authorization, observation) watches fields this way; on the busiest whole money trail (about 175,000
 * fields) asking them cost 8-9 % of the CPU. A hook no instrumentation overrides answers null here, which
 * graphql-java reads as "nothing to do"; every other hook goes through the chain unchanged.
 */
final class InstrumentationChain extends ChainedInstrumentation {

    // The hooks graphql-java calls per field or per object; each is skipped when no instrumentation has it.
    private final boolean executionStrategy;
    private final boolean executeObject;
    private final boolean deferredField;
    private final boolean subscribedFieldEvent;
    private final boolean fieldExecution;
    private final boolean fieldFetch;
    private final boolean fieldFetching;
    private final boolean fieldCompletion;
    private final boolean fieldListCompletion;

    InstrumentationChain(List<Instrumentation> instrumentations) {
        super(instrumentations);
        executionStrategy = used("beginExecutionStrategy");
        executeObject = used("beginExecuteObject");
        deferredField = used("beginDeferredField");
        subscribedFieldEvent = used("beginSubscribedFieldEvent");
        fieldExecution = used("beginFieldExecution");
        fieldFetch = used("beginFieldFetch");
        // graphql-java's default beginFieldFetching calls beginFieldFetch, so either one makes it used.
        fieldFetching = fieldFetch || used("beginFieldFetching");
        fieldCompletion = used("beginFieldCompletion");
        fieldListCompletion = used("beginFieldListCompletion");
    }

    /** Whether any instrumentation in the chain has its own {@code hook}, not graphql-java's do-nothing default. */
    boolean used(String hook) {
        return instrumentations.stream().anyMatch(instrumentation -> overrides(instrumentation, hook));
    }

    private static boolean overrides(Instrumentation instrumentation, String hook) {
        for (Method method : instrumentation.getClass().getMethods()) {
            if (method.getName().equals(hook) && !method.isBridge()) {
                Class<?> owner = method.getDeclaringClass();
                if (owner != Instrumentation.class && owner != SimplePerformantInstrumentation.class) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
            InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
        return executionStrategy ? super.beginExecutionStrategy(parameters, state) : null;
    }

    @Override
    public ExecuteObjectInstrumentationContext beginExecuteObject(InstrumentationExecutionStrategyParameters parameters,
            InstrumentationState state) {
        return executeObject ? super.beginExecuteObject(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginDeferredField(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return deferredField ? super.beginDeferredField(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return subscribedFieldEvent ? super.beginSubscribedFieldEvent(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters,
            InstrumentationState state) {
        return fieldExecution ? super.beginFieldExecution(parameters, state) : null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldFetch ? super.beginFieldFetch(parameters, state) : null;
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        return fieldFetching ? super.beginFieldFetching(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldCompletion ? super.beginFieldCompletion(parameters, state) : null;
    }

    @Override
    public InstrumentationContext<Object> beginFieldListCompletion(InstrumentationFieldCompleteParameters parameters,
            InstrumentationState state) {
        return fieldListCompletion ? super.beginFieldListCompletion(parameters, state) : null;
    }

    /**
     * Installs the chain in place of the one Spring for GraphQL builds from the same beans, in the same order:
     * Spring sets its chain first and applies the GraphQL builder's configurers after, so this one is kept.
     * Spring's observation instrumentation is left out when the properties turn off all it observes.
     */
    @Component
    static class Installer implements GraphQlSourceBuilderCustomizer {

        /** The observations {@link GraphQlObservationInstrumentation} makes. */
        static final String[] OBSERVATIONS = {"graphql.request", "graphql.datafetcher", "graphql.dataloader"};

        private final ObjectProvider<Instrumentation> instrumentations;
        private final ObservationSwitches observations;

        Installer(ObjectProvider<Instrumentation> instrumentations, ObservationSwitches observations) {
            this.instrumentations = instrumentations;
            this.observations = observations;
        }

        @Override
        public void customize(GraphQlSource.SchemaResourceBuilder builder) {
            List<Instrumentation> chained = chained(instrumentations.orderedStream().toList());
            if (!chained.isEmpty()) {
                builder.configureGraphQl(graphQl -> graphQl.instrumentation(new InstrumentationChain(chained)));
            }
        }

        List<Instrumentation> chained(List<Instrumentation> all) {
            boolean observed = observations.anyEnabled(OBSERVATIONS);
            return all.stream().filter(i -> observed || !(i instanceof GraphQlObservationInstrumentation)).toList();
        }
    }
}
