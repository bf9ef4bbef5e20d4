package org.moneygraph.bundle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.moneygraph.bundle.BundlePlan.Row;
import org.moneygraph.bundle.EntityWrites.Action;
import org.moneygraph.graph.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Writes validated bundles in one transaction: all of it or nothing. Every node is found on its global ID
 * and only written when its properties change (then its {@code version} goes up and a {@code Change} records
 * before and after); relationships are merged on their endpoints and type. Importing the same bundle again
 * therefore changes nothing, and a user's later edits survive unless the bundle itself changes them.
 */
@Component
public class BundleImporter {

    /**
     * What an import wrote, or in a dry run would write.
     *
     * @param createdIds the entities created, in bundle order
     * @param changedIds the entities whose properties changed
     */
    public record Summary(int documents, int passages, int citations, Map<String, Long> entitiesByLabel,
            int relationships, List<String> createdIds, List<String> changedIds, int unchanged) {

        public static final Summary NOTHING = new Summary(0, 0, 0, Map.of(), 0, List.of(), List.of(), 0);
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

    /** Imports as the system, committing; what the seed and tests use. */
    public Summary importBundles(List<Bundle> bundles) {
        return importBundles(bundles, ImportContext.newBatch("system"), false, null);
    }

    /**
     * Validates and writes the bundles in one transaction.
     *
     * @param dryRun    write, count, and roll back
     * @param seedNames when not null, the bundles are the seed: each is recorded as a {@code SeedBundle} with
     *                  its SHA-256 under these names, so an unchanged seed is not loaded again
     * @throws BundleValidationException when any bundle breaks the format; nothing was written
     */
    public Summary importBundles(List<Bundle> bundles, ImportContext context, boolean dryRun, List<String> seedNames) {
        if (bundles.isEmpty()) {
            return Summary.NOTHING;
        }
        try (Session session = session()) {
            BundlePlan plan = BundlePlan.of(bundles, keys -> existingLabels(session, keys));
            try (Transaction tx = session.beginTransaction(transactionConfig)) {
                Summary summary = write(tx, plan, context);
                if (seedNames != null) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (int i = 0; i < bundles.size(); i++) {
                        rows.add(Map.of("name", seedNames.get(i), "sha256", bundles.get(i).sha256()));
                    }
                    tx.run("""
                            UNWIND $rows AS row
                            MERGE (s:SeedBundle {name: row.name})
                            SET s.sha256 = row.sha256, s.loadedAt = datetime(), s.batchId = $batchId""",
                            Map.of("rows", rows, "batchId", context.batchId())).consume();
                }
                if (dryRun) {
                    tx.rollback();
                }
                else {
                    tx.commit();
                }
                return summary;
            }
        }
    }

    /** SHA-256 of each seed bundle already loaded, by name. */
    public Map<String, String> loadedSeedBundles() {
        try (Session session = session()) {
            Map<String, String> loaded = new HashMap<>();
            session.executeRead(tx -> tx.run("MATCH (s:SeedBundle) RETURN s.name AS name, s.sha256 AS sha256").list())
                    .forEach(r -> loaded.put(r.get("name").asString(), r.get("sha256").asString()));
            return loaded;
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

    private Summary write(QueryRunner tx, BundlePlan plan, ImportContext context) {
        Map<String, Action> actions = new java.util.LinkedHashMap<>();
        List<EntityWrites.Write> documents = plan.documents().stream()
                .map(d -> new EntityWrites.Write(d.id(), "Document", d.props(), Map.of())).toList();
        batched(documents, rows -> actions.putAll(EntityWrites.write(tx, rows, context)));
        // Passages and citations are the fixed structure of a document's text: merged, never versioned.
        batched(plan.passages().stream().map(p -> Map.<String, Object>of("props", p.props(), "documentId", p.documentId()))
                .toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (d:Document {id: row.documentId})
                MERGE (p:Entity {id: row.props.id})
                SET p += row.props, p:Passage
                MERGE (d)-[:HAS_PASSAGE]->(p)""", Map.of("rows", rows)).consume());
        batched(plan.citations().stream().map(c -> Map.<String, Object>of("props", c.props(), "passageId", c.passageId()))
                .toList(), rows -> tx.run("""
                UNWIND $rows AS row
                MATCH (p:Passage {id: row.passageId})
                MERGE (c:Citation {id: row.props.id})
                SET c += row.props
                MERGE (c)-[:IN_PASSAGE]->(p)""", Map.of("rows", rows)).consume());
        // firstStart follows the document's text: set it with the node, do not call a reordering a change.
        List<EntityWrites.Write> entities = plan.entities().stream().map(row -> {
            Map<String, Object> props = new java.util.LinkedHashMap<>(row.props());
            Object firstStart = props.remove("firstStart");
            return new EntityWrites.Write(row.id(), row.label(), props,
                    firstStart == null ? Map.of() : Map.of("firstStart", firstStart));
        }).toList();
        batched(entities, rows -> actions.putAll(EntityWrites.write(tx, rows, context)));
        Set<String> created = actions.entrySet().stream().filter(e -> e.getValue() == Action.CREATED)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        List<Map<String, Object>> sourced = new ArrayList<>();
        for (Row row : concat(plan.documents(), plan.entities())) {
            row.citationIds().forEach(c -> sourced.add(Map.of("from", row.id(), "type", "SOURCED_FROM", "to", c)));
        }
        batched(sourced, rows -> EntityWrites.source(tx, rows, created, context));
        batched(plan.links().stream().map(l -> Map.<String, Object>of("from", l.from(), "to", l.to(), "type", l.type(),
                "citationIds", l.citationIds())).toList(), rows -> EntityWrites.link(tx, rows, created, context));
        return new Summary(plan.documents().size(), plan.passages().size(), plan.citations().size(),
                plan.entities().stream().collect(Collectors.groupingBy(Row::label, TreeMap::new, Collectors.counting())),
                plan.links().size(), ids(actions, Action.CREATED), ids(actions, Action.CHANGED),
                ids(actions, Action.UNCHANGED).size());
    }

    private static List<String> ids(Map<String, Action> actions, Action action) {
        return actions.entrySet().stream().filter(e -> e.getValue() == action).map(Map.Entry::getKey).toList();
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        List<Row> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static <T> void batched(List<T> rows, Consumer<List<T>> write) {
        for (int i = 0; i < rows.size(); i += BATCH) {
            write.accept(rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    private Session session() {
        return Sessions.open(driver, databases);
    }
}
