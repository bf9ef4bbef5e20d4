package org.moneygraph.system;

import java.util.List;

import org.moneygraph.config.EmbeddedNeo4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

@Controller
class ServiceInfoController {

    record ServiceInfo(String name, boolean embeddedDatabase, List<String> schemaFiles) {
    }

    private final Neo4jClient neo4j;
    private final boolean embedded;

    ServiceInfoController(Neo4jClient neo4j, ObjectProvider<EmbeddedNeo4j> embedded) {
        this.neo4j = neo4j;
        this.embedded = embedded.getIfAvailable() != null;
    }

    @QueryMapping
    @Transactional(readOnly = true)
    ServiceInfo serviceInfo() {
        List<String> files = List.copyOf(neo4j.query("MATCH (m:SchemaMigration) RETURN m.file AS file ORDER BY m.version")
                .fetchAs(String.class).mappedBy((t, r) -> r.get("file").asString()).all());
        return new ServiceInfo("accountability-graph", embedded, files);
    }
}
