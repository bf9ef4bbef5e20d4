package org.moneygraph.generator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.moneygraph.generator.Shapes.Kind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;

/**
 * The bulk load path: writes a generated graph of a {@link Size} through the driver, batch by batch. Each batch
 * is one transaction that writes its own source document (kind GENERATED), its passages and citations, its
 * nodes, then their links, and records itself in the single {@code (:GeneratorRun)} node; so a load that is
 * interrupted continues after the last committed batch, and a load that completed does nothing. Nodes are
 * created, never merged: the run record guarantees no batch is written twice.
 */
public final class GraphGenerator {

    /** Rows (nodes) per transaction by default. */
    public static final int DEFAULT_BATCH = 10_000;

    /** Sentences per passage of a generated document. */
    static final int SENTENCES_PER_PASSAGE = 100;

    /** Told after every committed batch. */
    public interface Listener {
        void batch(String kind, long rowsDone, long rowsTotal, long millis);

        Listener NONE = (kind, done, total, millis) -> {
        };
    }

    /** Rows and time spent per kind in this call; {@code complete} is false when it stopped early. */
    public record Result(Map<String, Long> rows, Map<String, Long> millis, boolean complete, boolean alreadyDone) {

        public double rowsPerSecond(String kind) {
            return rows.getOrDefault(kind, 0L) * 1000.0 / Math.max(1, millis.getOrDefault(kind, 0L));
        }

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totalMillis() {
            return millis.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Batch size, and (for tests of resuming) how many batches to commit before stopping; 0 for all. */
    public record Options(int batchSize, int stopAfterBatches) {
        public static final Options DEFAULT = new Options(DEFAULT_BATCH, 0);
    }

    private GraphGenerator() {
    }

    public static Result load(Driver driver, Size size, long seed, Listener listener) {
        return load(driver, size, seed, listener, Options.DEFAULT);
    }

    public static Result load(Driver driver, Size size, long seed, Listener listener, Options options) {
        Shapes shapes = new Shapes(size, seed);
        try (Session session = driver.session()) {
            requireSchema(session);
            Progress progress = progress(session, size, seed);
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Long> millis = new LinkedHashMap<>();
            if (progress.done()) {
                return new Result(rows, millis, true, true);
            }
            int committed = 0;
            for (Kind kind : Kind.values()) {
                if (kind.ordinal() < progress.kind()) {
                    continue;
                }
                long total = shapes.count(kind);
                long batches = (total + options.batchSize() - 1) / options.batchSize();
                long first = kind.ordinal() == progress.kind() ? progress.batch() + 1 : 0;
                for (long batch = first; batch < batches; batch++) {
                    if (options.stopAfterBatches() > 0 && committed == options.stopAfterBatches()) {
                        return new Result(rows, millis, false, false);
                    }
                    long start = System.nanoTime();
                    int from = (int) (batch * options.batchSize());
                    int to = (int) Math.min(total, from + (long) options.batchSize());
                    Batch written = Batch.of(shapes, kind, batch, from, to);
                    boolean last = kind == Kind.values()[Kind.values().length - 1] && batch == batches - 1;
                    long b = batch;
                    session.executeWriteWithoutResult(tx -> {
                        written.write(tx);
                        tx.run("""
                                MERGE (r:GeneratorRun {name: 'generated'})
                                SET r.size = $size, r.seed = $seed, r.stage = $stage, r.kind = $kind,
                                    r.batch = $batch, r.done = $done, r.updatedAt = datetime()""",
                                Map.of("size", size.name(), "seed", seed, "stage", kind.ordinal(), "kind", kind.name(),
                                        "batch", b, "done", last)).consume();
                    });
                    committed++;
                    long took = (System.nanoTime() - start) / 1_000_000;
                    rows.merge(kind.name(), (long) (to - from), Long::sum);
                    millis.merge(kind.name(), took, Long::sum);
                    listener.batch(kind.name(), to, total, took);
                }
            }
            return new Result(rows, millis, true, false);
        }
    }

    private record Progress(int kind, long batch, boolean done) {
    }

    private static Progress progress(Session session, Size size, long seed) {
        List<Record> runs = session.executeRead(tx -> tx.run(
                "MATCH (r:GeneratorRun {name: 'generated'}) RETURN r.size AS size, r.seed AS seed, r.stage AS stage, "
                        + "r.batch AS batch, r.done AS done").list());
        if (runs.isEmpty()) {
            return new Progress(0, -1, false);
        }
        Record run = runs.getFirst();
        if (!run.get("size").asString().equals(size.name()) || run.get("seed").asLong() != seed) {
            throw new IllegalStateException("this database holds a generated graph of size "
                    + run.get("size").asString() + " with seed " + run.get("seed").asLong()
                    + "; generate into an empty database");
        }
        return new Progress(run.get("stage").asInt(), run.get("batch").asLong(), run.get("done").asBoolean(false));
    }

    /** The app's constraints back every MATCH by id here; without them a load would crawl, so refuse. */
    private static void requireSchema(Session session) {
        List<String> names = session.executeRead(tx -> tx.run("SHOW CONSTRAINTS YIELD name RETURN name").list(
                r -> r.get("name").asString()));
        for (String needed : List.of("entity_id", "citation_id")) {
            if (!names.contains(needed)) {
                throw new IllegalStateException("constraint " + needed + " is missing: start the service once (or "
                        + "run the generate command), which applies graph-schema/ through SchemaMigrations");
            }
        }
    }

    /**
     * The rows of one batch and its source document, built in memory (one batch at a time). The offline path
     * ({@link BulkGenerator}) writes the same batches to CSV, so the two paths cannot drift apart.
     */
    record Batch(String label, Map<String, Object> document, List<Map<String, Object>> passages,
            List<Map<String, Object>> nodes, Map<String, List<Map<String, Object>>> links) {

        static Batch of(Shapes shapes, Kind kind, long batch, int from, int to) {
            String docKey = "gen-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + batch;
            String docId = "Document:" + docKey;
            MessageDigest sha = sha256();
            List<Map<String, Object>> passages = new ArrayList<>();
            List<Map<String, Object>> nodes = new ArrayList<>(to - from);
            Map<String, List<Map<String, Object>>> links = new TreeMap<>();
            StringBuilder passage = new StringBuilder();
            int offset = 0;
            int passageStart = 0;
            String label = null;
            for (int i = from; i < to; i++) {
                Fact fact = shapes.fact(kind, i);
                label = fact.label();
                int index = passages.size();
                String passageId = "Passage:" + docKey + "-" + index;
                String quote = fact.sentence();
                int start = offset;
                int end = start + quote.length();
                passage.append(quote);
                offset = end;
                String citationId = "Citation:" + docKey + "@" + start + "-" + end;
                Map<String, Object> props = fact.props();
                props.put("documentKey", docKey);
                props.put("firstStart", start);
                nodes.add(Map.of("props", props, "citation", Map.of("id", citationId, "quote", quote, "start", start,
                        "end", end, "documentKey", docKey, "documentId", docId, "passageId", passageId)));
                for (Fact.Link link : fact.links()) {
                    Map<String, Object> row = link.incoming()
                            ? Map.of("from", link.other(), "to", fact.id(), "citation", citationId)
                            : Map.of("from", fact.id(), "to", link.other(), "citation", citationId);
                    links.computeIfAbsent(link.type(), t -> new ArrayList<>()).add(row);
                }
                if ((i - from + 1) % SENTENCES_PER_PASSAGE == 0 || i == to - 1) {
                    String text = passage.toString();
                    sha.update(text.getBytes(StandardCharsets.UTF_8));
                    passages.add(Map.of("id", passageId, "type", "Passage", "documentKey", docKey, "index", index,
                            "start", passageStart, "end", offset, "text", text));
                    passage.setLength(0);
                    passageStart = offset;
                }
            }
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("id", docId);
            document.put("type", "Document");
            document.put("key", docKey);
            document.put("documentKey", docKey);
            document.put("title", "生成数据：" + label + " 第" + (batch + 1) + "批");
            document.put("name", document.get("title"));
            document.put("kind", "GENERATED");
            document.put("length", offset);
            document.put("sha256", HexFormat.of().formatHex(sha.digest()));
            document.put("version", 1);
            return new Batch(label, document, passages, nodes, links);
        }

        void write(TransactionContext tx) {
            tx.run("""
                    CREATE (d:Entity:Document) SET d = $document
                    WITH d
                    UNWIND $passages AS row
                    CREATE (p:Entity:Passage) SET p = row
                    CREATE (d)-[:HAS_PASSAGE]->(p)""", Map.of("document", document, "passages", passages)).consume();
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (p:Passage {id: row.citation.passageId})
                    CREATE (c:Citation) SET c = row.citation
                    CREATE (c)-[:IN_PASSAGE]->(p)
                    CREATE (n:Entity:$($label)) SET n = row.props
                    CREATE (n)-[:SOURCED_FROM]->(c)""", Map.of("rows", nodes, "label", label)).consume();
            links.forEach((type, rows) -> tx.run("""
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    CREATE (a)-[:$($type) {citationIds: [row.citation]}]->(b)""",
                    Map.of("rows", rows, "type", type)).consume());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    // --- IDs of generated nodes the benchmark and tests start from ---

    public static String provinceFund() {
        return Shapes.fund(0);
    }

    public static String province() {
        return Shapes.province();
    }

    public static String county(int i) {
        return Shapes.county(i);
    }

    public static String project(int i) {
        return Shapes.project(i);
    }

    /** Expected nodes per label of a complete load (generated documents and passages included). */
    public static Map<String, Long> expectedCounts(Size size, int batchSize) {
        Shapes shapes = new Shapes(size, 0);
        Map<String, Long> counts = new TreeMap<>();
        long documents = 0;
        long passages = 0;
        long facts = 0;
        for (Kind kind : Kind.values()) {
            long n = shapes.count(kind);
            String label = shapes.fact(kind, 0).label();
            counts.merge(label, n, Long::sum);
            facts += n;
            for (long from = 0; from < n; from += batchSize) {
                documents++;
                passages += (Math.min(n, from + batchSize) - from + SENTENCES_PER_PASSAGE - 1) / SENTENCES_PER_PASSAGE;
            }
        }
        counts.put("Document", documents);
        counts.put("Passage", passages);
        counts.put("Citation", facts);
        return counts;
    }

}
