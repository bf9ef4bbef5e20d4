package org.moneygraph.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data folder into one sentence and a remedy instead of a Neo4j stack trace. */
class DataFolderInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataFolderInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataFolderInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the other instance, or give this one its own folder with GRAPH_EMBEDDED_HOME "
                        + "(property graph.embedded.home), or point it at a running server with NEO4J_URI.",
                cause);
    }
}
