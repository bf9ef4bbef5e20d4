package org.moneygraph.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import tools.jackson.databind.JsonNode;

/**
 * Sends hostile strings through every argument and input field of every mutation in the live schema, so that a
 * mutation added later is covered without touching this test. Each must answer with data or a client error,
 * never an internal one, and nothing already in the graph may disappear.
 */
class EveryMutationResistsInjectionTest extends EditingTests {

    private static final List<String> HOSTILE = List.of("' OR 1=1 //", "\"}) MATCH (n) DETACH DELETE n //",
            "`Entity`) DETACH DELETE n RETURN $(x) \u0000");
    private static final Set<String> CLIENT_ERRORS = Set.of("BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "CONFLICT");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void noMutationBreaksOrDeletesAnything() {
        as("admin", "ROLE_ADMIN");
        List<GraphQLFieldDefinition> mutations = graphQlSource.schema().getMutationType().getFieldDefinitions();
        assertThat(mutations).hasSizeGreaterThan(40);
        for (String hostile : HOSTILE) {
            for (GraphQLFieldDefinition mutation : mutations) {
                List<Long> before = footprint();
                JsonNode response = execute(document(mutation), variables(mutation, hostile));
                for (JsonNode error : response.path("errors")) {
                    assertThat(error.path("extensions").path("code").asString())
                            .as("%s with %s: %s", mutation.getName(), hostile, error).isIn(CLIENT_ERRORS);
                    assertThat(error.path("message").asString()).as("%s leaks internals", mutation.getName())
                            .doesNotContainIgnoringCase("exception").doesNotContain("Neo4j").doesNotContain("org.");
                }
                List<Long> after = footprint();
                assertThat(after.get(0)).as("nodes after %s with %s", mutation.getName(), hostile)
                        .isGreaterThanOrEqualTo(before.get(0));
                assertThat(after.get(1)).as("relationships after %s with %s", mutation.getName(), hostile)
                        .isGreaterThanOrEqualTo(before.get(1));
            }
        }
    }

    private static String document(GraphQLFieldDefinition mutation) {
        List<String> declarations = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : mutation.getArguments()) {
            declarations.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.add(argument.getName() + ": $" + argument.getName());
        }
        GraphQLType result = GraphQLTypeUtil.unwrapAll(mutation.getType());
        String selection = result instanceof GraphQLScalarType || result instanceof GraphQLEnumType ? "" : " { __typename }";
        return "mutation" + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { "
                + mutation.getName() + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + selection + " }";
    }

    private static Map<String, Object> variables(GraphQLFieldDefinition mutation, String hostile) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (GraphQLArgument argument : mutation.getArguments()) {
            variables.put(argument.getName(), value(argument.getType(), hostile, 0));
        }
        return variables;
    }

    /** A value of the type whose every string is the hostile one; deep optional inputs are left out. */
    private static Object value(GraphQLInputType type, String hostile, int depth) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value((GraphQLInputType) nonNull.getWrappedType(), hostile, depth);
        }
        if (type instanceof GraphQLList list) {
            return List.of(value((GraphQLInputType) list.getWrappedType(), hostile, depth));
        }
        if (type instanceof GraphQLEnumType enumType) {
            return enumType.getValues().getFirst().getName();
        }
        if (type instanceof GraphQLInputObjectType object) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (depth < 3 || GraphQLTypeUtil.isNonNull(field.getType())) {
                    fields.put(field.getName(), value(field.getType(), hostile, depth + 1));
                }
            }
            return fields;
        }
        GraphQLScalarType scalar = (GraphQLScalarType) type;
        if (scalar.getName().equals(Scalars.GraphQLInt.getName())) {
            return 1;
        }
        if (scalar.getName().equals(Scalars.GraphQLFloat.getName())) {
            return 1.0;
        }
        if (scalar.getName().equals(Scalars.GraphQLBoolean.getName())) {
            return false;
        }
        return hostile;
    }
}
