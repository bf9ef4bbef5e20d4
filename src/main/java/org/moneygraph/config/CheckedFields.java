package org.moneygraph.config;

import java.util.function.BiPredicate;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitor;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Lets an instrumentation check only the fields that need checking and leave plain property reads alone.
 *
 * <p>graphql-java builds a {@code DataFetchingEnvironment} for a property read only when something asks for it,
 * and an instrumentation that looks at every field asks for it: on L, building them was a tenth of what a
 * {@code regionsPage} request allocated, and a 25,000-hop trail reads about 150,000 properties. So the checks
 * skip trivial fetchers ({@code InstrumentationFieldFetchParameters.isTrivialDataFetcher()}), and this visitor
 * makes sure no checked field has one: it gives each such field a fetcher that delegates to its property read
 * but is not trivial. A field added later with a role or a page size is covered without a line of code.
 */
public final class CheckedFields {

    private CheckedFields() {
    }

    /** A visitor that gives every field of an object type for which {@code checked} holds a non-trivial fetcher. */
    public static GraphQLTypeVisitor visitor(BiPredicate<GraphQLObjectType, GraphQLFieldDefinition> checked) {
        return new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLObjectType parent && checked.test(parent, field)) {
                    GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                    if (fetcher instanceof TrivialDataFetcher<?>) {
                        registry.dataFetcher(coordinates, (DataFetcher<?>) fetcher::get);
                    }
                }
                return TraversalControl.CONTINUE;
            }
        };
    }
}
