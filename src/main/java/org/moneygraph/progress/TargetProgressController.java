package org.moneygraph.progress;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
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
        return reader.read(scope, Boolean.TRUE.equals(behindOnly), new TargetProgressReader.Needs(
                GraphReader.selects(selection, "sources"), GraphReader.selects(selection, "accountable")));
    }

    @SchemaMapping(typeName = "TargetProgress")
    List<TargetProgress.BehindItem> behind(TargetProgress progress, @Argument Integer first) {
        if (first == null) {
            return progress.behind();
        }
        if (first < 0) {
            throw new InvalidInputException("first", "must be 0 or more, not " + first);
        }
        return progress.behind().subList(0, Math.min(first, progress.behind().size()));
    }
}
