package org.moneygraph.progress;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NeighborLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The {@code targetProgress} query: what is behind in a scope, and who answers for it. */
@Controller
class TargetProgressController {

    private final TargetProgressReader reader;

    TargetProgressController(TargetProgressReader reader) {
        this.reader = reader;
    }

    /**
     * Sources and accountable units are read only when the request selects them: for a city of a province they
     * were most of what the read held, and a dashboard's counts or a list of what is behind need neither.
     */
    @QueryMapping
    TargetProgress targetProgress(@Argument String scope, @Argument Boolean behindOnly,
            DataFetchingFieldSelectionSet selection) {
        if (scope != null && scope.isBlank()) {
            throw new InvalidInputException("scope", "must be a global ID such as Region:000-county, or null");
        }
        // The behind list's own sentences are loaded for the entries shown (behind(first:)), not read for all.
        return reader.read(scope, Boolean.TRUE.equals(behindOnly), new TargetProgressReader.Needs(
                GraphReader.selectsOutside(selection, "sources", "behind/sources"),
                GraphReader.selects(selection, "accountable")));
    }

    /**
     * An entry's sentences: as read, or loaded with those of the other entries shown, in one round trip. For a
     * province the read of every item's sentences was more than one transaction may hold.
     */
    @SchemaMapping(typeName = "BehindItem")
    CompletableFuture<List<Object>> sources(TargetProgress.BehindItem item, DataFetchingEnvironment env) {
        if (item.sourcesRead()) {
            return CompletableFuture.completedFuture(item.sources());
        }
        List<String> ids = item.sourceNodes().stream().map(node -> (String) node.get("id")).toList();
        return NeighborLoader.sourcesOf(env, ids).thenApply(byId -> TargetProgressAssembler.sources(item.sourceNodes(),
                node -> byId.getOrDefault((String) node.get("id"), List.of())));
    }

    @SchemaMapping(typeName = "TargetProgress")
    List<TargetProgress.BehindItem> behind(TargetProgress progress, @Argument Integer first) {
        return Connection.head(progress.behind(), first);
    }
}
