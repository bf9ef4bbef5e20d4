package org.moneygraph.graph;

import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires the graph's object types without one controller method per field. Nodes travel as property
 * maps; quantities and periods are read from their flattened properties, and relationship fields go
 * through the {@link NeighborLoader}.
 */
@Component
class GraphWiring implements RuntimeWiringConfigurer {

    /** The request's answers of {@link #sources}, in its GraphQL context. */
    private static final String SOURCES_ASKED = GraphWiring.class.getName() + ".sourcesAsked";

    private static final TypeResolver BY_TYPE_PROPERTY = env -> {
        Object type = env.getObject() instanceof Map<?, ?> map ? map.get("type") : null;
        return type == null ? null : env.getSchema().getObjectType(type.toString());
    };

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type("Node", t -> t.typeResolver(BY_TYPE_PROPERTY));
        builder.type("Sourced", t -> t.typeResolver(BY_TYPE_PROPERTY));
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new GraphWiringFactory());
    }

    private static final class GraphWiringFactory implements WiringFactory {

        @Override
        public boolean providesDataFetcher(FieldWiringEnvironment env) {
            return fetcher(env) != null;
        }

        @Override
        public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
            return fetcher(env);
        }

        private DataFetcher<?> fetcher(FieldWiringEnvironment env) {
            String parent = env.getParentType().getName();
            String field = env.getFieldDefinition().getName();
            // Only graph nodes travel as property maps; result types of the tracing queries are records and
            // keep the default property fetchers.
            if (!(env.getParentType() instanceof graphql.language.ObjectTypeDefinition object)
                    || object.getImplements().stream().noneMatch(t -> t instanceof TypeName n && n.getName().equals("Node"))) {
                return null;
            }
            String typeName = typeName(env.getFieldDefinition().getType());
            if (RelationFields.get(parent, field) != null) {
                return relation(parent + "." + field, RelationFields.get(parent, field).many());
            }
            if (field.equals("relations")) {
                return relations();
            }
            if (field.equals("sources") && !parent.equals("Relation")) {
                // Reads that skipped sources leave no __sources key; then they are loaded with the node.
                return e -> map(e).containsKey("__sources") ? map(e).get("__sources")
                        : self(e).thenApply(n -> n == null ? List.of() : n.getOrDefault("__sources", List.of()));
            }
            if (parent.equals("Document") && field.equals("entities")) {
                return documentEntities();
            }
            if (parent.equals("Passage") && field.equals("text")) {
                return e -> map(e).containsKey("text") ? map(e).get("text")
                        : self(e).thenApply(n -> n == null ? null : n.get("text"));
            }
            if (typeName.equals("Quantity")) {
                return e -> Quantity.fromProperties(map(e), field);
            }
            if (typeName.equals("Period")) {
                return e -> {
                    Object text = map(e).get(field + "Text");
                    return text == null ? null : new Period(text.toString(), (Integer) toInt(map(e).get(field + "Year")));
                };
            }
            if (parent.equals("Responsibility") && field.equals("type")) {
                return e -> map(e).get("responsibilityType");
            }
            if (field.equals("progressRatio")) {
                return e -> ratio(Quantity.fromProperties(map(e), "actual"), Quantity.fromProperties(map(e), "target"));
            }
            if (field.equals("completionRatio")) {
                return e -> ratio(Quantity.fromProperties(map(e), "completedCount"),
                        Quantity.fromProperties(map(e), "measureCount"));
            }
            return null;
        }
    }

    /** A period as the report writes it. */
    record Period(String text, Integer year) {
    }

    static Double ratio(Quantity part, Quantity whole) {
        if (part == null || whole == null || part.value() == null || whole.value() == null
                || whole.value().signum() == 0 || !java.util.Objects.equals(part.unit(), whole.unit())) {
            return null;
        }
        return part.value().divide(whole.value(), MathContext.DECIMAL64).doubleValue();
    }

    private static Integer toInt(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(graphql.schema.DataFetchingEnvironment env) {
        return (Map<String, Object>) env.getSource();
    }

    private static DataLoader<NeighborLoader.Key, List<NeighborLoader.Neighbor>> loader(
            graphql.schema.DataFetchingEnvironment env) {
        return env.getDataLoader(NeighborLoader.NAME);
    }

    private static DataFetcher<?> relation(String field, boolean many) {
        return env -> {
            String id = (String) map(env).get("id");
            CompletableFuture<List<NeighborLoader.Neighbor>> neighbors =
                    loader(env).load(new NeighborLoader.Key(id, field, null, sources(env)));
            return many ? neighbors.thenApply(list -> list.stream().map(NeighborLoader.Neighbor::node).toList())
                    : neighbors.thenApply(list -> list.isEmpty() ? null : list.getFirst().node());
        };
    }

    private static DataFetcher<?> relations() {
        return env -> {
            List<String> types = env.getArgument("types");
            String id = (String) map(env).get("id");
            return loader(env).load(new NeighborLoader.Key(id, NeighborLoader.RELATIONS, types, sources(env)));
        };
    }

    private static DataFetcher<?> documentEntities() {
        return env -> {
            List<String> types = env.getArgument("types");
            String id = (String) map(env).get("id");
            return loader(env).load(new NeighborLoader.Key(id, NeighborLoader.DOCUMENT_ENTITIES, types, sources(env)))
                    .thenApply(list -> list.stream().map(NeighborLoader.Neighbor::node).toList());
        };
    }

    /**
     * Whether the field's nodes are asked their sources. Each node of a list asks this of the same fields, and
     * graphql-java builds a selection set for each; the answer depends only on the merged fields and the type
     * they are selected on (the variables are the request's), so it is kept for the request: 1.6 % less CPU per
     * page of regions with their parents.
     */
    private static boolean sources(graphql.schema.DataFetchingEnvironment env) {
        Map<List<Object>, Boolean> asked = env.getGraphQlContext().computeIfAbsent(SOURCES_ASKED,
                k -> new java.util.concurrent.ConcurrentHashMap<>());
        // AST nodes compare by identity: the same fields of the same document.
        List<Object> key = List.of(env.getExecutionStepInfo().getObjectType().getName(), env.getMergedField().getFields());
        return asked.computeIfAbsent(key, k -> GraphReader.selects(env.getSelectionSet(), "sources"));
    }

    private static CompletableFuture<Map<String, Object>> self(graphql.schema.DataFetchingEnvironment env) {
        String id = (String) map(env).get("id");
        return loader(env).load(new NeighborLoader.Key(id, NeighborLoader.SELF, null, true))
                .thenApply(list -> list.isEmpty() ? null : list.getFirst().node());
    }

    private static String typeName(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return typeName(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return typeName(list.getType());
        }
        return ((TypeName) type).getName();
    }


}
