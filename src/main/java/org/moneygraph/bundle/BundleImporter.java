package org.moneygraph.bundle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.moneygraph.bundle.BundlePlan.Row;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.neo4j.driver.TransactionContext;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Writes validated bundles in one transaction: all of it or nothing. Every node is merged on its global
 * ID and every relationship on its endpoints and type, so importing the same bundle again changes nothing.
 */
@Component
public class BundleImporter {

    /** What an import wrote. */
    public record Summary(int documents, int passages, int citations, Map<String, Long> entitiesByLabel,
            int relationships) {
    }

    private static final int BATCH = 1000;

    private final Driver driver;
    private final DatabaseSelectionProvider databases;

    private final TransactionConfig transactionConfig;

    public BundleImporter(Driver driver, DatabaseSelectionProvider databases,
            @Value("${graph.neo4j.import-transaction-timeout:5m}") Duration transactionTimeout) {
        this.driver = driver;
        this.databases = databases;
        this.transactionConfig = TransactionConfig.builder().withTimeout(transactionTimeout).build();
    }

    public Summary importBundles(List<Bundle> bundles) {
        try (Session session = session()) {
            BundlePlan plan = BundlePlan.of(bundles, keys -> existingLabels(session, keys));
            session.executeWriteWithoutResult(tx -> write(tx, plan), transactionConfig);
            return new Summary(plan.documents().size(), plan.passages().size(), plan.citations().size(),
                    plan.entities().stream().collect(Collectors.groupingBy(Row::label, java.util.TreeMap::new,
                            Collectors.counting())),
                    plan.links().size());
        }
    }

    private Map<String, String> existingLabels(Session session, Set<String> keys) {
        Map<String, String> labels = new HashMap<>();
        session.executeRead(tx -> tx.run("""
                UNWIND $keys AS key
                MATCH (n:Entity {key: key})
                RETURN n.key AS key, n.type AS type""", Map.of("keys", List.copyOf(keys))).list())
                .forEach(r -> labels.put(r.get("key").asString(), r.get("type").asString()));
        return labels;
    }

    private void write(TransactionContext tx, BundlePlan plan) {
        batched(plan.documents().stream().map(d -> Map.<String, Object>of("props", d.props())).toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MERGE (d:Entity {id: row.props.id})
                SET d = row.props, d:Document""", Map.of("rows", rows)).consume());
        batched(plan.passages().stream().map(p -> Map.<String, Object>of("props", p.props(), "documentId", p.documentId()))
                .toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (d:Document {id: row.documentId})
                MERGE (p:Entity {id: row.props.id})
                SET p = row.props, p:Passage
                MERGE (d)-[:HAS_PASSAGE]->(p)""", Map.of("rows", rows)).consume());
        batched(plan.citations().stream().map(c -> Map.<String, Object>of("props", c.props(), "passageId", c.passageId()))
                .toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (p:Passage {id: row.passageId})
                MERGE (c:Citation {id: row.props.id})
                SET c = row.props
                MERGE (c)-[:IN_PASSAGE]->(p)""", Map.of("rows", rows)).consume());
        List<Map<String, Object>> entities = new ArrayList<>();
        for (Row row : plan.entities()) {
            entities.add(Map.of("props", row.props(), "label", row.label(), "citationIds", row.citationIds()));
        }
        batched(entities, rows -> tx.run("""
                UNWIND $rows AS row
                MERGE (n:Entity {id: row.props.id})
                SET n = row.props
                SET n:$(row.label)""", Map.of("rows", rows)).consume());
        List<Map<String, Object>> sourced = new ArrayList<>();
        plan.documents().forEach(d -> sourced.add(Map.of("id", d.id(), "citationIds", d.citationIds())));
        entities.forEach(e -> sourced.add(Map.of("id", ((Map<?, ?>) e.get("props")).get("id"), "citationIds",
                e.get("citationIds"))));
        batched(sourced, rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (n:Entity {id: row.id})
                UNWIND row.citationIds AS citationId
                MATCH (c:Citation {id: citationId})
                MERGE (n)-[:SOURCED_FROM]->(c)""", Map.of("rows", rows)).consume());
        batched(plan.links().stream().map(l -> Map.<String, Object>of("from", l.from(), "to", l.to(), "type", l.type(),
                "citationIds", l.citationIds())).toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (a:Entity {id: row.from})
                MATCH (b:Entity {id: row.to})
                MERGE (a)-[r:$(row.type)]->(b)
                SET r.citationIds = row.citationIds""", Map.of("rows", rows)).consume());
    }

    private static void batched(List<Map<String, Object>> rows, java.util.function.Consumer<List<Map<String, Object>>> write) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            write.accept(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private Session session() {
        String database = databases.getDatabaseSelection().getValue();
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }
}
