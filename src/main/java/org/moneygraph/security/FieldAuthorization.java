package org.moneygraph.security;

import java.util.List;
import java.util.Set;

import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.moneygraph.config.CheckedFields;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Checks every field against the role it needs before its data fetcher runs: a Query field needs VIEWER, a
 * Mutation field EDITOR, and {@code @requiresRole(role: …)} on any field raises that. Because it decorates
 * fetchers generically, fields added later are covered without a line of code.
 */
@Component
class FieldAuthorization implements Instrumentation, GraphQlSourceBuilderCustomizer {

    static final String DIRECTIVE = "requiresRole";

    /** The root types by their default names; the visitor sees types, not the schema that makes them roots. */
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    /** The caller, read once on the thread that received the request, where the security context lives. */
    private record Caller(Actor actor, boolean anonymous) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return new Caller(Actor.current(), authentication == null
                || authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
    }

    /** A field that needs a role never has a plain property read, which the check below leaves alone. */
    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.typeVisitors(List.of(CheckedFields.visitor((type, field) ->
                field.getAppliedDirective(DIRECTIVE) != null || ROOTS.contains(type.getName()))));
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return fetcher;
        }
        var env = parameters.getEnvironment();
        Role needed = needed(env.getGraphQLSchema(), env.getParentType(), env.getFieldDefinition());
        if (needed == null) {
            return fetcher;
        }
        Caller caller = (Caller) state;
        Actor actor = caller.actor();
        return e -> {
            if (!actor.has(needed)) {
                String field = e.getField().getName();
                // An anonymous reader is told to sign in rather than that a signed-in role is too low.
                throw new AccessDeniedException(caller.anonymous() || actor.roles().isEmpty(), field,
                        field + " needs the " + needed + " role (需要" + needed + "角色)");
            }
            return fetcher.get(e);
        };
    }

    /** The role a field needs, or null when any caller that got past the HTTP layer may read it. */
    static Role needed(GraphQLSchema schema, graphql.schema.GraphQLType parent, GraphQLFieldDefinition field) {
        GraphQLAppliedDirective directive = field.getAppliedDirective(DIRECTIVE);
        if (directive != null) {
            return Role.valueOf(String.valueOf((Object) directive.getArgument("role").getValue()));
        }
        if (parent instanceof GraphQLObjectType object) {
            if (object == schema.getMutationType()) {
                return Role.EDITOR;
            }
            if (object == schema.getQueryType() || object == schema.getSubscriptionType()) {
                return Role.VIEWER;
            }
        }
        return null;
    }
}
