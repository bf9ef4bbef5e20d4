package org.moneygraph.system;

import java.util.List;
import java.util.Map;

import org.moneygraph.config.EmbeddedNeo4j;
import org.moneygraph.graph.GraphReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ServiceInfoController {

    record ServiceInfo(String name, boolean embeddedDatabase, List<String> schemaFiles) {
    }

    private final GraphReader reader;
    private final boolean embedded;

    ServiceInfoController(GraphReader reader, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.reader = reader;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @QueryMapping
    ServiceInfo serviceInfo() {
        List<String> files = reader.read("MATCH (m:SchemaMigration) RETURN m.file AS file ORDER BY m.version", Map.of())
                .stream().map(r -> (String) r.get("file")).toList();
        return new ServiceInfo("accountability-graph", embedded, files);
    }
}
