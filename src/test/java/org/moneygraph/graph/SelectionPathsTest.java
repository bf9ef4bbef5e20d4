package org.moneygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphReader#fieldsUnder} and {@link GraphReader#selectsAt} walk a selection by field names and give
 * what graphql-java's glob lookups give for the same paths, through aliases, fragments, abstract types and
 * {@code @skip}/{@code @include}.
 */
class SelectionPathsTest {

    private static final String SCHEMA = """
            type Query { list: Connection }
            type Connection { totalCount: Int pageInfo: PageInfo edges: [Edge] }
            type PageInfo { hasNextPage: Boolean endCursor: String }
            type Edge { cursor: String node: Node }
            interface Node { id: ID }
            type Region implements Node { id: ID name: String parent: Region }
            type Project implements Node { id: ID name: String region: Region }
            """;

    private static final List<String> PATHS = List.of("", "edges", "edges/node", "edges/node/parent",
            "edges/node/region", "pageInfo", "missing", "edges/missing");

    private static final List<String> FIELDS = List.of("totalCount", "pageInfo", "pageInfo/hasNextPage",
            "pageInfo/endCursor", "edges/node/parent", "edges/node/name", "edges/cursor", "missing",
            // A segment "*" is any one field name, never more than one.
            "*", "edges/*", "*/node", "edges/*/parent", "*/*/name", "*/node/*", "edges/*/missing", "*/*/*/id",
            "pageInfo/*/*");

    private static final List<String> DOCUMENTS = List.of(
            "{ list { totalCount edges { node { id } } } }",
            "{ list { pageInfo { hasNextPage } edges { cursor node { id ... on Region { name parent { id } } } } } }",
            "{ list { a: edges { node { id } } b: edges { node { ... on Project { region { name } } } } } }",
            "query($more: Boolean!) { list { pageInfo @include(if: $more) { hasNextPage } edges { node { ...parts } } } }"
                    + " fragment parts on Node { id ... on Region { parent @skip(if: $more) { id } } }",
            "query($more: Boolean!) { list { totalCount @skip(if: $more) p: pageInfo { endCursor } } }",
            "{ list { edges { node { __typename } } } }");

    @Test
    void theWalkGivesWhatTheGlobsGive() {
        for (String document : DOCUMENTS) {
            for (boolean more : List.of(false, true)) {
                DataFetchingFieldSelectionSet selection = selectionOf(document, Map.of("more", more));
                for (String path : PATHS) {
                    List<SelectedField> expected = path.isEmpty() ? selection.getImmediateFields()
                            : selection.getFields(path + "/*");
                    assertThat(GraphReader.fieldsUnder(selection, path)).as("%s under %s (more=%s)", document, path, more)
                            .map(SelectionPathsTest::key).containsExactlyInAnyOrderElementsOf(expected.stream()
                                    .map(SelectionPathsTest::key).toList());
                }
                for (String field : FIELDS) {
                    assertThat(GraphReader.selectsAt(selection, field)).as("%s at %s (more=%s)", document, field, more)
                            .isEqualTo(selection.contains(field));
                }
                assertThat(GraphReader.selectsBeyondId(selection, "edges/node")).as(document)
                        .isEqualTo(selection.getFields("edges/node/*").stream()
                                .anyMatch(f -> !f.getName().equals("id") && !f.getName().equals("__typename")));
            }
        }
    }

    @Test
    void theWalkSeesWhatTheDocumentAsks() {
        DataFetchingFieldSelectionSet selection = selectionOf(DOCUMENTS.get(1), Map.of());
        assertThat(GraphReader.fieldsUnder(selection, "edges/node")).extracting(SelectedField::getName)
                .containsExactlyInAnyOrder("id", "name", "parent");
        assertThat(GraphReader.selectsAt(selection, "pageInfo/hasNextPage")).isTrue();
        assertThat(GraphReader.selectsAt(selection, "totalCount")).isFalse();
        assertThat(GraphReader.selectsAt(selection, "edges/*/parent")).isTrue();
        assertThat(GraphReader.selectsAt(selection, "*/parent")).isFalse();
        assertThat(GraphReader.selectsAt(selection, "edges/*/parent/*")).isTrue();
        assertThat(GraphReader.selectsAt(null, "totalCount")).isFalse();
        assertThat(GraphReader.fieldsUnder(null, "edges/node")).isEmpty();
    }

    /** A field as the answer shows it: its types, name and result key (the walk builds new field objects). */
    private static String key(SelectedField field) {
        return field.getObjectTypeNames() + "." + field.getName() + " as " + field.getResultKey();
    }

    private static DataFetchingFieldSelectionSet selectionOf(String document, Map<String, Object> variables) {
        List<DataFetchingFieldSelectionSet> seen = new ArrayList<>();
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("list", env -> {
                    seen.add(env.getSelectionSet());
                    return null;
                }))
                .type("Node", t -> t.typeResolver(env -> env.getSchema().getObjectType("Region")))
                .build();
        GraphQL graphQl = GraphQL.newGraphQL(new SchemaGenerator()
                .makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring)).build();
        var result = graphQl.execute(ExecutionInput.newExecutionInput(document).variables(variables).build());
        assertThat(result.getErrors()).as(document).isEmpty();
        return seen.getFirst();
    }
}
