package org.moneygraph.editing;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import org.moneygraph.bundle.BundleSpec;
import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires {@code create<Kind>}, {@code update<Kind>} and {@code delete<Kind>} of every entity kind of the bundle
 * table to the one generic editor, those of a project's progress readings and milestones to their own, and the {@code version} field of each kind, which reads 1 for a node
 * never edited.
 */
@Component
class EditingWiring implements RuntimeWiringConfigurer {

    private static final DataFetcher<Object> VERSION = env -> {
        Object version = env.getSource() instanceof Map<?, ?> map ? map.get("version") : null;
        return version == null ? 1 : version;
    };

    private final EntityEditor editor;
    private final ProjectPartEditor parts;

    EditingWiring(EntityEditor editor, ProjectPartEditor parts) {
        this.editor = editor;
        this.parts = parts;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Document", t -> t.dataFetcher("version", VERSION));
        for (EntitySpec spec : BundleSpec.ENTITIES) {
            String label = spec.label();
            builder.type(label, t -> t.dataFetcher("version", VERSION));
            builder.type("Mutation", t -> t
                    .dataFetcher("create" + label, env -> editor.create(spec, env.getArgument("input")))
                    .dataFetcher("update" + label, env -> editor.update(spec, env.getArgument("id"),
                            env.<Integer>getArgument("expectedVersion"), env.getArgument("input")))
                    .dataFetcher("delete" + label, env -> editor.delete(label, env.getArgument("id"),
                            env.<Integer>getArgument("expectedVersion"))));
        }
        for (ProjectPartEditor.Part part : List.of(ProjectPartEditor.PROGRESS, ProjectPartEditor.MILESTONE)) {
            String label = part.spec().label();
            builder.type(label, t -> t.dataFetcher("version", VERSION));
            builder.type("Mutation", t -> t
                    .dataFetcher("create" + label, env -> parts.create(part, env.getArgument("project"),
                            env.getArgument("input")))
                    .dataFetcher("update" + label, env -> parts.update(part, env.getArgument("id"),
                            env.<Integer>getArgument("expectedVersion"), env.getArgument("input")))
                    .dataFetcher("delete" + label, env -> parts.delete(part, env.getArgument("id"),
                            env.<Integer>getArgument("expectedVersion"))));
        }
    }
}
