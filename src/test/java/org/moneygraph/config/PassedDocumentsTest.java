package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * Depth and complexity walk a document once per operation and values of its {@code @skip} and {@code @include}
 * variables, and refuse a document over the limit every time, whichever of its parts those variables select.
 */
class PassedDocumentsTest {

    private static final String SCHEMA = """
            type Query { a: String b: Item }
            type Item { c: String d: Item e: String }""";

    private static final GraphQLSchema GRAPH = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SCHEMA),
            RuntimeWiring.newRuntimeWiring().build());

    /** Counts the walks a check under {@link PassedDocuments} makes. */
    private static final class Counting implements Instrumentation {
        final PassedDocuments passed;
        final AtomicInteger walks = new AtomicInteger();

        Counting(int documents) {
            this.passed = new PassedDocuments(documents);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            return passed.check(parameters.getExecutionContext(), () -> {
                walks.incrementAndGet();
                return SimpleInstrumentationContext.noOp();
            });
        }
    }

    private static ExecutionResult run(Instrumentation instrumentation, String query, String operation,
            Map<String, Object> variables) {
        return GraphQL.newGraphQL(GRAPH).instrumentation(instrumentation).build().execute(ExecutionInput.newExecutionInput()
                .query(query).operationName(operation).variables(variables).build());
    }

    private static LimitsProperties limits(int depth, int complexity) {
        return new LimitsProperties(depth, complexity, 30, 5, 100, 1_048_576, Duration.ofSeconds(30), 5000, 100_000);
    }

    private static String code(ExecutionResult result) {
        return result.getErrors().isEmpty() ? null : (String) result.getErrors().get(0).getExtensions().get("code");
    }

    @Test
    void aDocumentIsWalkedOncePerOperationAndConditionValues() {
        Counting counting = new Counting(1000);
        String query = "query One($x: Boolean!) { a b @include(if: $x) { c } } query Two { a }";
        Map<String, Object> yes = Map.of("x", true);
        run(counting, query, "One", yes);
        run(counting, query, "One", yes);
        assertThat(counting.walks).hasValue(1);
        run(counting, query, "One", Map.of("x", false));
        assertThat(counting.walks).hasValue(2);
        run(counting, query, "Two", Map.of());
        assertThat(counting.walks).hasValue(3);
        run(counting, query, "One", Map.of("x", false));
        run(counting, query, "One", yes);
        run(counting, query, "Two", Map.of());
        assertThat(counting.walks).hasValue(3);
        // Another text is another document, even when it means the same.
        run(counting, query + " ", "One", yes);
        assertThat(counting.walks).hasValue(4);
    }

    @Test
    void documentsBeyondTheBoundsAreWalkedEveryTime() {
        Counting none = new Counting(0);
        run(none, "{ a }", null, Map.of());
        run(none, "{ a }", null, Map.of());
        assertThat(none.walks).hasValue(2);
        Counting counting = new Counting(1000);
        String longQuery = "{ a }" + " ".repeat(ParsedDocuments.MAX_CHARACTERS);
        run(counting, longQuery, null, Map.of());
        run(counting, longQuery, null, Map.of());
        assertThat(counting.walks).hasValue(2);
        // Each pass is one operation and one set of values; past the bound per document they are walked anew.
        StringBuilder many = new StringBuilder("query(");
        for (int i = 0; i < 7; i++) {
            many.append(i == 0 ? "" : ", ").append("$v").append(i).append(": Boolean!");
        }
        many.append(") { a");
        for (int i = 0; i < 7; i++) {
            many.append(" b").append(i).append(": b @skip(if: $v").append(i).append(") { c }");
        }
        String query = many.append(" }").toString();
        Counting bounded = new Counting(1000);
        for (int round = 0; round < 2; round++) {
            for (int bits = 0; bits < 128; bits++) {
                Map<String, Object> values = new HashMap<>();
                for (int i = 0; i < 7; i++) {
                    values.put("v" + i, (bits >> i & 1) == 1);
                }
                run(bounded, query, null, values);
            }
        }
        assertThat(bounded.walks).hasValue(128 + 128 - PassedDocuments.MAX_PASSES);
    }

    @Test
    void theConditionVariablesAreThoseOfSkipAndIncludeAnywhereInTheDocument() {
        var document = Parser.parse("""
                query($a: Boolean!, $b: Boolean!, $c: Boolean!, $d: Boolean!, $n: Int) {
                  a @skip(if: $a) @deprecated
                  b { ...F @include(if: $b) ... on Item @skip(if: $c) { c } d @include(if: true) { c } }
                }
                fragment F on Item { e @include(if: $d) d { c @skip(if: $a) } }""");
        assertThat(PassedDocuments.conditionVariables(document)).containsExactly("a", "b", "c", "d");
        assertThat(PassedDocuments.conditionVariables(Parser.parse("{ a b { c } }"))).isEmpty();
    }

    @Test
    void aPartTheVariablesSelectLaterIsCheckedThen() {
        GraphLimits graphLimits = new GraphLimits();
        Instrumentation depth = graphLimits.maxQueryDepth(limits(3, 1000), 1000);
        String deep = "query($deep: Boolean!) { b { c d @include(if: $deep) { d { c } } } }";
        for (int round = 0; round < 2; round++) {
            assertThat(run(depth, deep, null, Map.of("deep", false)).getErrors()).isEmpty();
            assertThat(code(run(depth, deep, null, Map.of("deep", true)))).isEqualTo("QUERY_TOO_DEEP");
        }
        Instrumentation complexity = graphLimits.maxQueryComplexity(limits(15, 4), 1000);
        String wide = "query($narrow: Boolean!) { a b { c e @skip(if: $narrow) d @skip(if: $narrow) { c } } }";
        for (int round = 0; round < 2; round++) {
            assertThat(run(complexity, wide, null, Map.of("narrow", true)).getErrors()).isEmpty();
            assertThat(code(run(complexity, wide, null, Map.of("narrow", false)))).isEqualTo("QUERY_TOO_COMPLEX");
        }
        // The same text with another operation is another question.
        String two = "query Shallow { b { c } } query Deep { b { d { d { c } } } }";
        for (int round = 0; round < 2; round++) {
            assertThat(run(depth, two, "Shallow", Map.of()).getErrors()).isEmpty();
            assertThat(code(run(depth, two, "Deep", Map.of()))).isEqualTo("QUERY_TOO_DEEP");
        }
    }

    @Test
    void aDocumentOverTheLimitIsRefusedEveryTime() {
        Instrumentation depth = new GraphLimits().maxQueryDepth(limits(2, 1000), 1000);
        for (int i = 0; i < 3; i++) {
            assertThat(code(run(depth, "{ b { d { c } } }", null, Map.of()))).isEqualTo("QUERY_TOO_DEEP");
            assertThat(run(depth, "{ b { c } }", null, Map.of()).getErrors()).isEmpty();
        }
    }
}
