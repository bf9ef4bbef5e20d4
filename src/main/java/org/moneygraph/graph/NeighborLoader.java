package org.moneygraph.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

import reactor.core.publisher.Mono;

/**
 * Loads the neighbours of many nodes in one query. Every relationship field of every type goes through
 * this one loader, so one level of a GraphQL query costs one database round trip however many fields and
 * nodes it has.
 */
@Component
public class NeighborLoader {

    public static final String NAME = "neighbors";

    /**
     * A request for the neighbours of {@code id} along a field, or all its relationships when {@code field} is
     * {@code __relations}; {@code withSources} when the request selects the neighbours' sources.
     */
    public record Key(String id, String field, List<String> types, boolean withSources) {
    }

    /** One neighbour: the relationship's type and direction seen from the asking node, and the node. */
    public record Neighbor(String type, String direction, Map<String, Object> node, List<Object> sources) {
    }

    static final String RELATIONS = "__relations";
    static final String SELF = "__self";
    static final String DOCUMENT_ENTITIES = "__documentEntities";

    /**
     * One branch per relationship type and direction of the fields asked: a typed expansion reads only that
     * type's relationships, which on a dense node (a county with thousands of flows and projects) is a small part
     * of them. The type comes from {@link RelationFields}, never from the request. A spec is one field with the
     * IDs it is asked for (or, in a {@link Prefetch}, the IDs of a variable of the enclosing statement).
     */
    private static final String TYPED_BRANCH = """
            UNWIND $%1$s AS spec
            UNWIND %4$s AS id
            MATCH (n:Entity {id: id})%2$s(m:Entity)
            WHERE n.type = spec.parent AND (spec.targets IS NULL OR m.type IN spec.targets)
            RETURN id, spec, r, m, '%3$s' AS direction""";

    /** The {@code relations} field: any types, both directions, with the relationships' own sources. */
    private static final String ANY_BRANCH = """
            UNWIND $nbAny AS spec
            UNWIND spec.ids AS id
            MATCH (n:Entity {id: id})-[r]->(m:Entity)
            WHERE spec.types IS NULL OR type(r) IN spec.types
            RETURN id, spec, r, m, 'OUT' AS direction
            UNION ALL
            UNWIND $nbAny AS spec
            UNWIND spec.ids AS id
            MATCH (n:Entity {id: id})<-[r]-(m:Entity)
            WHERE spec.types IS NULL OR type(r) IN spec.types
            RETURN id, spec, r, m, 'IN' AS direction""";

    /** Rows {@code id, field, types, withSources, items}: the key of a request and its neighbours in order. */
    private static final String NEIGHBOR_ROWS = """
            CALL (%s) {
            %s
            }
            WITH id, spec, r, m, direction ORDER BY m.documentKey, coalesce(m.index, 0), m.name, m.id
            WITH id, spec.field AS field, spec.types AS types, spec.withSources AS withSources,
                 collect({type: type(r), direction: direction, node: %s,
                          sources: CASE WHEN spec.withLinks THEN %s ELSE [] END}) AS items""";

    private static final Pattern RELATIONSHIP_TYPE = Pattern.compile("[A-Z][A-Z_]*");

    private static final String SELVES = """
            UNWIND $ids AS id
            MATCH (m:Entity {id: id})
            RETURN id AS key, [{type: 'SELF', direction: 'OUT', node: %s, sources: []}] AS items
            """.formatted(GraphReader.entity("m"));

    private static final String DOCUMENT_NODES = """
            UNWIND $requests AS req
            MATCH (d:Document {id: req.id})
            MATCH (m:Entity {documentKey: d.key})
            WHERE NOT m:Document AND NOT m:Passage AND (req.types IS NULL OR m.type IN req.types)
            WITH req, m ORDER BY m.type, m.name, m.id
            RETURN req.key AS key, collect({type: 'STATES', direction: 'OUT', node: %s, sources: []}) AS items
            """.formatted(GraphReader.entityIf("m", "req.withSources"));

    private final GraphReader reader;

    public NeighborLoader(GraphReader reader, BatchLoaderRegistry registry) {
        this.reader = reader;
        registry.<Key, List<Neighbor>>forName(NAME).registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys)));
    }

    /**
     * The sources of these nodes, read whole through the request's loader, so that the loads of one level of the
     * answer are one round trip. A node that is gone has none.
     */
    @SuppressWarnings("unchecked")
    public static CompletableFuture<Map<String, List<Object>>> sourcesOf(DataFetchingEnvironment env,
            Collection<String> ids) {
        DataLoader<Key, List<Neighbor>> loader = env.getDataLoader(NAME);
        List<String> distinct = List.copyOf(new LinkedHashSet<>(ids));
        return loader.loadMany(distinct.stream().map(id -> new Key(id, SELF, null, true)).toList()).thenApply(found -> {
            Map<String, List<Object>> byId = new HashMap<>();
            for (int i = 0; i < distinct.size(); i++) {
                List<Neighbor> self = found.get(i);
                byId.put(distinct.get(i), self.isEmpty() ? List.of()
                        : (List<Object>) self.getFirst().node().getOrDefault("__sources", List.of()));
            }
            return byId;
        });
    }

    /**
     * A statement body giving the rows {@code id, field, types, withSources, items} of the neighbours asked,
     * and its parameters. It ends in a {@code WITH}: the loader returns its rows, {@link Prefetch} collects
     * them inside a root field's statement.
     */
    record RelationQuery(String body, Map<String, Object> parameters) {
    }

    /** The neighbours of {@code keys}: relationship fields and {@code relations} only. */
    static RelationQuery relationQuery(Collection<Key> keys) {
        Map<Key, List<String>> ids = new LinkedHashMap<>();
        for (Key key : keys) {
            ids.computeIfAbsent(new Key(null, key.field(), key.types(), key.withSources()), k -> new ArrayList<>())
                    .add(key.id());
        }
        return relationQuery(ids, null);
    }

    /**
     * The neighbours along {@code fields} (keys without IDs) of every ID in the list variable {@code idsVariable}
     * of the enclosing statement.
     */
    static RelationQuery relationQuery(List<Key> fields, String idsVariable) {
        Map<Key, List<String>> ids = new LinkedHashMap<>();
        fields.forEach(field -> ids.put(field, null));
        return relationQuery(ids, idsVariable);
    }

    private static RelationQuery relationQuery(Map<Key, List<String>> idsByField, String idsVariable) {
        Map<String, List<Map<String, Object>>> branches = new TreeMap<>();
        List<Map<String, Object>> any = new ArrayList<>();
        for (Map.Entry<Key, List<String>> entry : idsByField.entrySet()) {
            Key field = entry.getKey();
            Map<String, Object> spec = new HashMap<>();
            spec.put("field", field.field());
            spec.put("types", field.types());
            spec.put("withSources", field.withSources());
            spec.put("ids", entry.getValue());
            if (field.field().equals(RELATIONS)) {
                spec.put("withLinks", true);
                any.add(Collections.unmodifiableMap(spec));
                continue;
            }
            String[] typeAndField = field.field().split("\\.");
            RelationFields.Spec relation = RelationFields.get(typeAndField[0], typeAndField[1]);
            spec.put("parent", typeAndField[0]);
            spec.put("targets", relation.targets());
            spec.put("withLinks", false);
            // Read-only from here: a prefetch's parameters are kept and shared by the requests that ask the same.
            Map<String, Object> frozen = Collections.unmodifiableMap(spec);
            for (String type : relation.types()) {
                branches.computeIfAbsent(relation.direction() + " " + type, b -> new ArrayList<>()).add(frozen);
            }
        }
        Map<String, Object> parameters = new HashMap<>();
        int n = 0;
        for (List<Map<String, Object>> specs : branches.values()) {
            parameters.put("nb" + n++, List.copyOf(specs));
        }
        if (!any.isEmpty()) {
            parameters.put("nbAny", List.copyOf(any));
        }
        return new RelationQuery(BODIES.get(new Body(List.copyOf(branches.keySet()), !any.isEmpty(), idsVariable)),
                Collections.unmodifiableMap(parameters));
    }

    /**
     * What a {@link RelationQuery}'s text is built from: its branches ({@code "OUT TYPE"}, in order, named
     * {@code nb0}, {@code nb1}, … as their parameters are), whether it follows any relationship, and the list
     * variable of IDs (null: each branch's own).
     */
    private record Body(List<String> branches, boolean any, String idsVariable) {
    }

    /**
     * Built once per body rather than per load: the same text each time, which Neo4j's plan cache hashes once and
     * finds by identity.
     */
    private static final ConcurrentLruCache<Body, String> BODIES =
            new ConcurrentLruCache<>(GraphReader.BUILT_STATEMENTS, NeighborLoader::body);

    /** A load's own statement: its body and the rows it returns. */
    private static final ConcurrentLruCache<String, String> LOADS =
            new ConcurrentLruCache<>(GraphReader.BUILT_STATEMENTS,
                    body -> body + "\nRETURN id, field, types, withSources, items");

    private static String body(Body body) {
        List<String> parts = new ArrayList<>();
        for (String branch : body.branches()) {
            String[] directionAndType = branch.split(" ");
            // The type and direction come from RelationFields, never from a request; checked before they become text.
            if (!RELATIONSHIP_TYPE.matcher(directionAndType[1]).matches()
                    || !List.of("OUT", "IN").contains(directionAndType[0])) {
                throw new IllegalStateException("not a relationship type and direction: " + branch);
            }
            String pattern = directionAndType[0].equals("OUT") ? "-[r:" + directionAndType[1] + "]->"
                    : "<-[r:" + directionAndType[1] + "]-";
            parts.add(TYPED_BRANCH.formatted("nb" + parts.size(), pattern, directionAndType[0],
                    body.idsVariable() == null ? "spec.ids" : body.idsVariable()));
        }
        if (body.any()) {
            parts.add(ANY_BRANCH);
        }
        return NEIGHBOR_ROWS.formatted(body.idsVariable() == null ? "" : body.idsVariable(),
                String.join("\nUNION ALL\n", parts), GraphReader.entityIf("m", "spec.withSources"),
                GraphReader.linkSources("r"));
    }

    /** The neighbours in the rows of a {@link RelationQuery}, by the key each row answers. */
    @SuppressWarnings("unchecked")
    static Map<Key, List<Neighbor>> answers(List<Map<String, Object>> rows) {
        Map<Key, List<Neighbor>> answers = new HashMap<>();
        for (Map<String, Object> row : rows) {
            answers.put(new Key((String) row.get("id"), (String) row.get("field"), (List<String>) row.get("types"),
                    (Boolean) row.get("withSources")), neighbors(row.get("items")));
        }
        return answers;
    }

    Map<Key, List<Neighbor>> load(Set<Key> keys) {
        Map<String, Key> byKey = new HashMap<>();
        List<Key> relationKeys = new ArrayList<>();
        List<Map<String, Object>> documentRequests = new ArrayList<>();
        List<String> selves = new ArrayList<>();
        for (Key key : keys) {
            if (key.field().equals(SELF)) {
                selves.add(key.id());
                byKey.put(key.id(), key);
            }
            else if (key.field().equals(DOCUMENT_ENTITIES)) {
                String k = key.id() + "|" + key.types() + "|" + key.withSources();
                byKey.put(k, key);
                Map<String, Object> req = new HashMap<>();
                req.put("key", k);
                req.put("id", key.id());
                req.put("types", key.types());
                req.put("withSources", key.withSources());
                documentRequests.add(req);
            }
            else {
                relationKeys.add(key);
            }
        }
        Map<Key, List<Neighbor>> result = new HashMap<>();
        keys.forEach(k -> result.put(k, List.of()));
        if (!relationKeys.isEmpty()) {
            RelationQuery query = relationQuery(relationKeys);
            result.putAll(answers(reader.read(LOADS.get(query.body()), query.parameters())));
        }
        if (!documentRequests.isEmpty()) {
            collect(reader.read(DOCUMENT_NODES, Map.of("requests", documentRequests)), byKey, result);
        }
        if (!selves.isEmpty()) {
            collect(reader.read(SELVES, Map.of("ids", selves)), byKey, result);
        }
        return result;
    }

    private static void collect(List<Map<String, Object>> rows, Map<String, Key> byKey, Map<Key, List<Neighbor>> into) {
        for (Map<String, Object> row : rows) {
            into.put(byKey.get((String) row.get("key")), neighbors(row.get("items")));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Neighbor> neighbors(Object items) {
        List<Neighbor> neighbors = new ArrayList<>();
        for (Object item : (List<Object>) items) {
            Map<String, Object> m = (Map<String, Object>) item;
            neighbors.add(new Neighbor((String) m.get("type"), (String) m.get("direction"),
                    (Map<String, Object>) m.get("node"), (List<Object>) m.get("sources")));
        }
        return neighbors;
    }
}
