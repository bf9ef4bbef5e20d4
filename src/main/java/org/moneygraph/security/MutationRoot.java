package org.moneygraph.security;

import java.util.List;

import graphql.language.Description;
import graphql.language.ObjectTypeDefinition;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.stereotype.Component;

/**
 * Declares {@code type Mutation} when no schema file does, so each feature can {@code extend type Mutation}
 * in its own file whether or not another feature declared the root.
 */
@Component
class MutationRoot implements GraphQlSourceBuilderCustomizer {

    @Override
    public void customize(org.springframework.graphql.execution.GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureTypeDefinitions(registry -> {
            if (registry.getType("Mutation").isEmpty() && registry.objectTypeExtensions().containsKey("Mutation")) {
                registry.add(ObjectTypeDefinition.newObjectTypeDefinition().name("Mutation")
                        .description(new Description("Changes to the graph and its access (修改操作).", null, false))
                        .fieldDefinitions(List.of()).build());
            }
        });
    }
}
