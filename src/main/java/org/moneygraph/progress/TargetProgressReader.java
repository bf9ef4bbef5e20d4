package org.moneygraph.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Reads the targets of a scope in one read transaction: one query tells the scope's type, one reads
 * everything in it. The whole graph needs only the second.
 */
@Component
class TargetProgressReader {

    private final GraphReader reader;

    TargetProgressReader(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * What a request shows beyond statuses and figures.
     *
     * @param sources     whether it selects sources anywhere: four hops per node, and a copy of each citation
     * @param accountable whether it selects who answers for the items
     */
    record Needs(boolean sources, boolean accountable) {
    }

    /** What the transaction found: the scope and the rows of the details query, or why there are none. */
    private record Found(Map<String, Object> scope, Map<String, Object> row, String scopeType) {
    }

    @SuppressWarnings("unchecked")
    TargetProgress read(String scope, boolean behindOnly, Needs needs) {
        Map<String, Object> flags = Map.of("withSources", needs.sources(), "withAccountable", needs.accountable());
        // Errors are raised after the transaction, so that they reach the client as they are.
        Found found = reader.readTransaction(tx -> {
            if (scope == null) {
                return new Found(null, lists(tx, TargetProgressQueries.query(null, needs.accountable()), flags), null);
            }
            List<Map<String, Object>> scopes = tx.run(TargetProgressQueries.SCOPE_TYPE, Map.of("scope", scope));
            if (scopes.isEmpty()) {
                return new Found(null, null, null);
            }
            String type = (String) scopes.getFirst().get("type");
            String cypher = TargetProgressQueries.query(type, needs.accountable());
            if (cypher == null) {
                return new Found(null, null, type);
            }
            Map<String, Object> params = new HashMap<>(flags);
            params.put("scope", scope);
            return new Found((Map<String, Object>) scopes.getFirst().get("scope"), lists(tx, cypher, params), type);
        });
        if (found.row() == null && found.scopeType() == null) {
            throw new NotFoundException("scope", "no node has the ID " + scope);
        }
        if (found.row() == null) {
            throw new InvalidInputException("scope", "must be a Region, Campaign, Organization or Project; "
                    + scope + " is a " + found.scopeType());
        }
        return TargetProgressAssembler.assemble(found.scope(), found.row(), behindOnly);
    }

    /** The items the query streams, gathered into the list each names. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> lists(GraphReader.Reads tx, String cypher, Map<String, Object> params) {
        Map<String, Object> lists = new HashMap<>();
        tx.each(cypher, params, row -> ((List<Object>) lists.computeIfAbsent((String) row.get("list"),
                list -> new ArrayList<>())).add(row.get("item")));
        return lists;
    }
}
