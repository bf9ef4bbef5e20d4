package org.moneygraph.progress;

import org.moneygraph.graph.InvalidInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code targetProgress} query: what is behind in a scope, and who answers for it. */
@Controller
class TargetProgressController {

    private final TargetProgressReader reader;

    TargetProgressController(TargetProgressReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    TargetProgress targetProgress(@Argument String scope, @Argument Boolean behindOnly) {
        if (scope != null && scope.isBlank()) {
            throw new InvalidInputException("scope", "must be a global ID such as Region:000-county, or null");
        }
        return reader.read(scope, Boolean.TRUE.equals(behindOnly));
    }
}
