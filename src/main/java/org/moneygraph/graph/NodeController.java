package org.moneygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.ConcurrentLruCache;

/** Global-ID lookup and Chinese full-text search across every kind of node. */
@Controller
class NodeController {

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

    /**
     * The nodes in the order asked (null where none has the ID), with the relationship fields selected right
     * under them in the same statement ({@link Prefetch}).
     */
    private static final String BY_IDS = """
            CALL () {
              UNWIND $ids AS id
              OPTIONAL MATCH (n:Entity {id: id})
              RETURN collect({node: CASE WHEN n IS NULL THEN null ELSE %s END}) AS nodes
            }
            WITH nodes, $ids AS ids
            NEIGHBORS
            RETURN nodes, neighbors
            """.formatted(GraphReader.entityIf("n"));

    /**
     * {@link #BY_IDS} with each prefetch's subquery, built once per subquery (the prefetch keeps its own), as the
     * lists keep theirs: the same string each time, which Neo4j hashes once to find the plan.
     */
    private static final ConcurrentLruCache<String, String> BY_IDS_WITH =
            new ConcurrentLruCache<>(GraphReader.BUILT_STATEMENTS, neighbors -> BY_IDS.replace("NEIGHBORS", neighbors));

    /**
     * Each index gives at most {@code $maxHits} best matches: a common pair of characters matches a large part
     * of a province, and ranking and counting all of it cost more than the page asked for. When an index gives
     * that many, {@code capped} says the total is a lower bound.
     *
     * <p>A node's matched quote is its best-scoring matching citation (the first by ID among equals). Hits are
     * grouped by node before anything is read from them, and that citation is carried as a reference: names are
     * read once per node, quotes and whole nodes only for the page, and the page comes from a top-k (Neo4j's
     * {@code Top}) rather than a sort of every match. On a province this cut the statement's time by about 40 %
     * against ranking each hit first.
     */
    private static final String SEARCH = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $maxHits}) YIELD node, score
              RETURN node, score, null AS citation
              UNION ALL
              CALL db.index.fulltext.queryNodes('citation_quote', $query, {limit: $maxHits}) YIELD node AS c, score
              OPTIONAL MATCH (node:Entity)-[:SOURCED_FROM]->(c)
              RETURN node, score * 0.5 AS score, c AS citation
            }
            WITH node, max(score) AS score,
                 reduce(best = null, hit IN collect(CASE WHEN citation IS NOT NULL
                                                         THEN {score: score, citation: citation} END) |
                   CASE WHEN best IS NULL OR hit.score > best.score
                          OR (hit.score = best.score AND hit.citation.id < best.citation.id) THEN hit
                        ELSE best END).citation AS citation,
                 count(*) - count(citation) AS fromEntities, count(citation) AS fromQuotes
            WITH sum(fromEntities) >= $maxHits OR sum(fromQuotes) >= $maxHits AS capped,
                 collect(CASE WHEN node IS NOT NULL AND ($types IS NULL OR node.type IN $types)
                              THEN {node: node, score: score, citation: citation} END) AS matches
            CALL (matches) {
              UNWIND matches AS match
              WITH match.node AS n, match.citation AS citation, match.node.name AS name, match.score AS score
              WITH n, citation, score + CASE WHEN name = $text THEN 10.0
                                             WHEN name CONTAINS $text THEN 5.0 ELSE 0.0 END AS score
              ORDER BY score DESC, n.id
              SKIP $offset LIMIT $limit
              RETURN collect({node: %s, score: score, matchedQuote: citation.quote, type: n.type}) AS page
            }
            RETURN size(matches) AS total, page, capped
            """.formatted(GraphReader.entityIf("n"));

    /** The search's answer: a connection whose total may be a lower bound. */
    record SearchConnection(List<Connection.Edge<Map<String, Object>>> edges, Connection.PageInfo pageInfo,
            int totalCount, boolean totalCountIsExact) {
    }

    private final GraphReader reader;
    private final int maxHits;

    NodeController(GraphReader reader, @Value("${graph.search.max-hits:1000}") int maxHits) {
        this.reader = reader;
        this.maxHits = maxHits;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id, DataFetchingEnvironment env) {
        return nodes(List.of(id), env).getFirst();
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
        if (ids.size() > Connection.MAX_PAGE_SIZE) {
            throw new InvalidInputException("ids", "may hold at most " + Connection.MAX_PAGE_SIZE + " IDs");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        params.put("withSources", GraphReader.selects(env.getSelectionSet(), "sources"));
        Prefetch prefetch = Prefetch.of(env, "");
        NeighborLoader.RelationQuery neighbors = prefetch.query("ids");
        params.putAll(neighbors.parameters());
        Map<String, Object> row = reader.read(BY_IDS_WITH.get(neighbors.body()), params).getFirst();
        List<Map<String, Object>> nodes = ((List<Map<String, Object>>) row.get("nodes")).stream()
                .map(n -> (Map<String, Object>) n.get("node")).toList();
        prefetch.prime(env, nodes, row.get(Prefetch.COLUMN));
        return nodes;
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    SearchConnection search(@Argument String text, @Argument List<String> types, @Argument Integer first,
            @Argument String after, DataFetchingFieldSelectionSet selection) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 200) {
            throw new InvalidInputException("text", "must hold 1 to 200 characters (检索词)");
        }
        Connection.Page page = Connection.page(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("query", luceneQuery(trimmed));
        params.put("text", trimmed);
        params.put("types", types);
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        params.put("withSources", GraphReader.selects(selection, "sources"));
        params.put("maxHits", maxHits);
        Map<String, Object> row = reader.read(SEARCH, params).getFirst();
        Connection<Map<String, Object>> connection = Connection.of((List<Map<String, Object>>) row.get("page"), page,
                ((Number) row.get("total")).intValue());
        return new SearchConnection(connection.edges(), connection.pageInfo(), connection.totalCount(),
                !Boolean.TRUE.equals(row.get("capped")));
    }

    /** A phrase match ranks first; the loose bigram match still finds partial names. */
    static String luceneQuery(String text) {
        String escaped = LUCENE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        String quoted = "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        if (text.codePointCount(0, text.length()) == 1) {
            return escaped + "*";
        }
        return quoted + "^4 OR (" + escaped + ")";
    }
}
