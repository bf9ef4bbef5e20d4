package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldCompleteParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * The chain skips the per-field hooks that none of its instrumentations overrides, and still calls every hook
 * that one of them does, for every field.
 */
class InstrumentationChainTest {

    /** The hooks graphql-java calls per field or per object, which the chain skips when none overrides them. */
    private static final List<String> FIELD_HOOKS = List.of("beginExecutionStrategy", "beginExecuteObject",
            "beginDeferredField", "beginSubscribedFieldEvent", "beginFieldExecution", "beginFieldFetch",
            "beginFieldFetching", "beginFieldCompletion", "beginFieldListCompletion");

    private static final String SCHEMA = "type Query { a: String b: Item } type Item { c: String d: String }";

    /** Records the fields it wraps, as the document limits and field authorization do. */
    private static final class Wrapping implements Instrumentation {
        final List<String> wrapped = new CopyOnWriteArrayList<>();

        @Override
        public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            return env -> {
                wrapped.add(env.getField().getName());
                return fetcher.get(env);
            };
        }
    }

    /** Watches each field's fetch through the current hook. */
    private static final class Fetching extends SimplePerformantInstrumentation {
        final List<String> fetched = new CopyOnWriteArrayList<>();

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            fetched.add(parameters.getField().getName());
            return FieldFetchingInstrumentationContext.NOOP;
        }
    }

    /** Watches each field's fetch through the hook older instrumentations override. */
    private static final class OldFetching extends SimplePerformantInstrumentation {
        final List<String> fetched = new CopyOnWriteArrayList<>();

        @Override
        @SuppressWarnings("deprecation")
        public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            fetched.add(parameters.getField().getName());
            return SimpleInstrumentationContext.noOp();
        }
    }

    /** Watches each field's completion. */
    private static final class Completing extends SimplePerformantInstrumentation {
        final List<String> completed = new CopyOnWriteArrayList<>();

        @Override
        public InstrumentationContext<Object> beginFieldCompletion(InstrumentationFieldCompleteParameters parameters,
                InstrumentationState state) {
            completed.add(parameters.getField().getName());
            return SimpleInstrumentationContext.noOp();
        }
    }

    private static ExecutionResult run(Instrumentation instrumentation) {
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("a", env -> "x").dataFetcher("b", env -> java.util.Map.of("c", "y", "d", "z")))
                .build();
        var schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(instrumentation).build()
                .execute("{ a b { c d } }");
        assertThat(result.getErrors()).isEmpty();
        assertThat(result.<java.util.Map<String, Object>>getData())
                .isEqualTo(java.util.Map.of("a", "x", "b", java.util.Map.of("c", "y", "d", "z")));
        return result;
    }

    @Test
    void hooksThatNoInstrumentationOverridesAreSkippedAndTheOthersStillRun() {
        Wrapping wrapping = new Wrapping();
        InstrumentationChain chain = new InstrumentationChain(List.of(wrapping, new MaxQueryDepthInstrumentation(10)));
        for (String hook : FIELD_HOOKS) {
            assertThat(chain.used(hook)).as(hook).isFalse();
        }
        assertThat(chain.beginFieldExecution(null, null)).isNull();
        assertThat(chain.beginFieldFetching(null, null)).isNull();
        assertThat(chain.beginFieldCompletion(null, null)).isNull();
        assertThat(chain.beginFieldListCompletion(null, null)).isNull();
        assertThat(chain.beginExecuteObject(null, null)).isNull();
        assertThat(chain.beginExecutionStrategy(null, null)).isNull();
        run(chain);
        assertThat(wrapping.wrapped).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void aHookThatOneInstrumentationOverridesRunsForEveryField() {
        Fetching fetching = new Fetching();
        OldFetching oldFetching = new OldFetching();
        Completing completing = new Completing();
        InstrumentationChain chain = new InstrumentationChain(List.of(new Wrapping(), fetching, oldFetching, completing));
        assertThat(chain.used("beginFieldFetching")).isTrue();
        assertThat(chain.used("beginFieldFetch")).isTrue();
        assertThat(chain.used("beginFieldCompletion")).isTrue();
        assertThat(chain.used("beginFieldExecution")).isFalse();
        run(chain);
        assertThat(fetching.fetched).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(oldFetching.fetched).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(completing.completed).containsExactlyInAnyOrder("a", "b", "c", "d");
    }

    @Test
    void anInstrumentationThatOverridesOnlyTheOldFetchHookIsStillCalled() {
        OldFetching oldFetching = new OldFetching();
        run(new InstrumentationChain(List.of(new Wrapping(), oldFetching)));
        assertThat(oldFetching.fetched).containsExactlyInAnyOrder("a", "b", "c", "d");
    }
}
