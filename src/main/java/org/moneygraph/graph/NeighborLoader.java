package org.moneygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

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

    private static final String NEIGHBORS = """
            UNWIND $requests AS req
            MATCH (n:Entity {id: req.id})
            CALL (n, req) {
              MATCH (n)-[r]->(m:Entity)
              WHERE req.direction IN ['OUT', 'BOTH'] AND (req.types IS NULL OR type(r) IN req.types)
                AND (req.targets IS NULL OR m.type IN req.targets)
              RETURN r, m, 'OUT' AS direction
              UNION ALL
              MATCH (n)<-[r]-(m:Entity)
              WHERE req.direction IN ['IN', 'BOTH'] AND (req.types IS NULL OR type(r) IN req.types)
                AND (req.targets IS NULL OR m.type IN req.targets)
              RETURN r, m, 'IN' AS direction
            }
            WITH req, r, m, direction ORDER BY m.documentKey, coalesce(m.index, 0), m.name, m.id
            RETURN req.key AS key, collect({type: type(r), direction: direction, node: %s,
              sources: CASE WHEN req.withLinks THEN %s ELSE [] END}) AS items
            """.formatted(GraphReader.entityIf("m", "req.withSources"), GraphReader.linkSources("r"));

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

    Map<Key, List<Neighbor>> load(Set<Key> keys) {
        Map<String, Key> byKey = new HashMap<>();
        List<Map<String, Object>> relationRequests = new ArrayList<>();
        List<Map<String, Object>> documentRequests = new ArrayList<>();
        List<String> selves = new ArrayList<>();
        for (Key key : keys) {
            String k = key.id() + "|" + key.field() + "|" + key.types() + "|" + key.withSources();
            byKey.put(k, key);
            if (key.field().equals(SELF)) {
                selves.add(key.id());
                byKey.put(key.id(), key);
            }
            else if (key.field().equals(DOCUMENT_ENTITIES)) {
                Map<String, Object> req = new HashMap<>();
                req.put("key", k);
                req.put("id", key.id());
                req.put("types", key.types());
                req.put("withSources", key.withSources());
                documentRequests.add(req);
            }
            else {
                Map<String, Object> req = new HashMap<>();
                req.put("key", k);
                req.put("id", key.id());
                req.put("withSources", key.withSources());
                if (key.field().equals(RELATIONS)) {
                    req.put("direction", "BOTH");
                    req.put("types", key.types());
                    req.put("targets", null);
                    req.put("withLinks", true);
                }
                else {
                    String[] typeAndField = key.field().split("\\.");
                    RelationFields.Spec spec = RelationFields.get(typeAndField[0], typeAndField[1]);
                    req.put("direction", spec.direction());
                    req.put("types", spec.types());
                    req.put("targets", spec.targets());
                    req.put("withLinks", false);
                }
                relationRequests.add(req);
            }
        }
        Map<Key, List<Neighbor>> result = new HashMap<>();
        keys.forEach(k -> result.put(k, List.of()));
        if (!relationRequests.isEmpty()) {
            collect(reader.read(NEIGHBORS, Map.of("requests", relationRequests)), byKey, result);
        }
        if (!documentRequests.isEmpty()) {
            collect(reader.read(DOCUMENT_NODES, Map.of("requests", documentRequests)), byKey, result);
        }
        if (!selves.isEmpty()) {
            collect(reader.read(SELVES, Map.of("ids", selves)), byKey, result);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void collect(List<Map<String, Object>> rows, Map<String, Key> byKey, Map<Key, List<Neighbor>> into) {
        for (Map<String, Object> row : rows) {
            List<Neighbor> neighbors = new ArrayList<>();
            for (Object item : (List<Object>) row.get("items")) {
                Map<String, Object> m = (Map<String, Object>) item;
                neighbors.add(new Neighbor((String) m.get("type"), (String) m.get("direction"),
                        (Map<String, Object>) m.get("node"), (List<Object>) m.get("sources")));
            }
            into.put(byKey.get((String) row.get("key")), neighbors);
        }
    }
}
