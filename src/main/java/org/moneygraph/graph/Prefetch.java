package org.moneygraph.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;
import org.springframework.util.ConcurrentLruCache;

/**
 * Reads the relationship fields selected right under a root field's nodes in the root's own statement and
 * hands them to the request's {@link NeighborLoader}, so {@code node(id) { ... on Project { campaign {…} } }} or
 * a page of regions with their parents costs one round trip instead of two. The loader would ask the very same
 * question one level later; priming it with the answer keeps one code path for what a field returns.
 */
final class Prefetch {

    /** The column of the root statement's result that holds the neighbour rows. */
    static final String COLUMN = "neighbors";

    /** The relationship fields asked, as loader keys without an ID. */
    private final List<NeighborLoader.Key> fields;

    private Prefetch(List<NeighborLoader.Key> fields) {
        this.fields = fields;
    }

    /**
     * The relationship fields selected on the nodes {@code path} leads to from the root field ({@code ""} for
     * the root's own nodes, {@code "edges/node"} for a connection's), for every type they are selected on.
     */
    static Prefetch of(DataFetchingEnvironment env, String path) {
        List<SelectedField> selected = GraphReader.fieldsUnder(env.getSelectionSet(), path);
        Set<NeighborLoader.Key> fields = new LinkedHashSet<>();
        for (SelectedField field : selected) {
            for (String type : field.getObjectTypeNames()) {
                if (RelationFields.get(type, field.getName()) != null) {
                    fields.add(new NeighborLoader.Key(null, type + "." + field.getName(), null,
                            GraphReader.selects(field.getSelectionSet(), "sources")));
                }
            }
        }
        return new Prefetch(List.copyOf(fields));
    }

    /**
     * A subquery to place after the clause that binds {@code idsVariable} (a list of node IDs); it yields
     * {@link #COLUMN}, empty when no relationship field is selected. The query checks each node's type against
     * the field's.
     */
    NeighborLoader.RelationQuery query(String idsVariable) {
        return QUERIES.get(new Shape(fields, idsVariable));
    }

    /** What a {@link #query} is built from: the same fields asked give the same text and parameters. */
    private record Shape(List<NeighborLoader.Key> fields, String idsVariable) {
    }

    /**
     * Built once per shape rather than per request: the text and the branch parameters depend only on the
     * fields asked, and building them was about one per cent of a page of regions.
     */
    private static final ConcurrentLruCache<Shape, NeighborLoader.RelationQuery> QUERIES =
            new ConcurrentLruCache<>(GraphReader.BUILT_STATEMENTS, Prefetch::build);

    private static NeighborLoader.RelationQuery build(Shape shape) {
        if (shape.fields().isEmpty()) {
            return new NeighborLoader.RelationQuery("WITH *, [] AS " + COLUMN, Map.of());
        }
        NeighborLoader.RelationQuery rows = NeighborLoader.relationQuery(shape.fields(), shape.idsVariable());
        return new NeighborLoader.RelationQuery("CALL (" + shape.idsVariable() + ") {\n" + rows.body() + """

                RETURN collect({id: id, field: field, types: types, withSources: withSources, items: items}) AS %s
                }""".formatted(COLUMN), rows.parameters());
    }

    /**
     * Gives the loader the answer for every field of every node that was found and has the field's type: its
     * neighbours, or none when the query returned no row for it.
     */
    @SuppressWarnings("unchecked")
    void prime(DataFetchingEnvironment env, List<Map<String, Object>> nodes, Object rows) {
        if (fields.isEmpty()) {
            return;
        }
        DataLoader<NeighborLoader.Key, List<NeighborLoader.Neighbor>> loader = env.getDataLoader(NeighborLoader.NAME);
        Map<NeighborLoader.Key, List<NeighborLoader.Neighbor>> found =
                NeighborLoader.answers((List<Map<String, Object>>) rows);
        for (Map<String, Object> node : nodes) {
            if (node == null) {
                continue;
            }
            for (NeighborLoader.Key field : fields) {
                if (field.field().startsWith(node.get("type") + ".")) {
                    NeighborLoader.Key key = new NeighborLoader.Key((String) node.get("id"), field.field(), null,
                            field.withSources());
                    loader.prime(key, found.getOrDefault(key, List.of()));
                }
            }
        }
    }
}
