package org.moneygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Global-ID lookup and Chinese full-text search across every kind of node. */
@Controller
class NodeController {

    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-!(){}\\[\\]^\"~*?:\\\\/&|])");

    private static final String BY_IDS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (n:Entity {id: id})
            RETURN CASE WHEN n IS NULL THEN null ELSE %s END AS node
            """.formatted(GraphReader.entityIf("n", "$withSources"));

    private static final String SEARCH = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
              RETURN node, score, null AS quote
              UNION ALL
              CALL db.index.fulltext.queryNodes('citation_quote', $query) YIELD node AS c, score
              MATCH (node:Entity)-[:SOURCED_FROM]->(c)
              RETURN node, score * 0.5 AS score, c.quote AS quote
            }
            WITH node, quote, score + CASE WHEN node.name = $text THEN 10.0
                                           WHEN node.name CONTAINS $text THEN 5.0 ELSE 0.0 END AS score
            WHERE $types IS NULL OR node.type IN $types
            WITH node, max(score) AS score, head(collect(quote)) AS quote
            ORDER BY score DESC, node.id
            WITH collect({node: node, score: score, quote: quote}) AS hits
            CALL (hits) {
              UNWIND hits[$offset..($offset + $limit)] AS hit
              WITH hit, hit.node AS n
              RETURN collect({node: %s, score: hit.score, matchedQuote: hit.quote, type: n.type}) AS page
            }
            RETURN size(hits) AS total, page
            """.formatted(GraphReader.entityIf("n", "$withSources"));

    private final GraphReader reader;

    NodeController(GraphReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    Map<String, Object> node(@Argument String id, DataFetchingFieldSelectionSet selection) {
        return nodes(List.of(id), selection).getFirst();
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> nodes(@Argument List<String> ids, DataFetchingFieldSelectionSet selection) {
        if (ids.size() > Connection.MAX_PAGE_SIZE) {
            throw new InvalidInputException("ids", "may hold at most " + Connection.MAX_PAGE_SIZE + " IDs");
        }
        Map<String, Object> params = Map.of("ids", ids, "withSources", GraphReader.selects(selection, "sources"));
        return reader.read(BY_IDS, params).stream().map(r -> (Map<String, Object>) r.get("node")).toList();
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    Connection<Map<String, Object>> search(@Argument String text, @Argument List<String> types, @Argument Integer first,
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
        Map<String, Object> row = reader.read(SEARCH, params).getFirst();
        return Connection.of((List<Map<String, Object>>) row.get("page"), page, ((Number) row.get("total")).intValue());
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
