package org.moneygraph.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.moneygraph.generator.GraphGenerator.Batch;
import org.moneygraph.generator.Shapes.Kind;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.springframework.util.FileSystemUtils;

import picocli.CommandLine;

/**
 * The offline bulk path: writes the graph of {@link GraphGenerator} (the same {@link Batch}es, so the same nodes,
 * properties, documents and citations) as CSV files and loads them with Neo4j's own importer, {@code neo4j-admin
 * database import full} run in this JVM, into the {@code neo4j} database of an embedded data folder that no DBMS
 * has opened yet. Nothing goes through transactions, and no index exists during the import: the caller then
 * starts the DBMS, whose schema migrations create the constraints and indexes and populate them in one pass.
 *
 * <p>An unfinished run is recognised by its marker file, written before anything else and removed only by
 * {@link #finish} once the indexes are online; a new run finding it deletes the partial database and starts
 * again from nothing, because the importer cannot continue a half-written store.
 */
public final class BulkGenerator {

    /** Written first, removed last: its presence means an earlier offline run did not finish. */
    static final String MARKER = "bulk-import.unfinished";

    private static final String DATABASE = "neo4j";
    private static final String CSV_FOLDER = "bulk-csv";

    /**
     * Batch size (it decides the generated documents, as in the transactional path) and the importer's
     * off-heap memory (its page cache and id map; the importer's own default is 90 % of free memory).
     */
    public record Options(int batchSize, String maxOffHeapMemory) {
        public static final Options DEFAULT = new Options(GraphGenerator.DEFAULT_BATCH, "2G");
    }

    /**
     * The offline path cannot run here: the database already exists (the importer writes only a database that
     * does not exist yet), or the JVM does not let the importer reach its off-heap buffers.
     */
    public static final class CannotImportException extends RuntimeException {
        CannotImportException(String message) {
            super(message);
        }
    }

    /**
     * Rows and CSV-writing time per kind, the importer's time, and whether a partial earlier run was removed.
     * {@code importMillis} is the importer alone: reading the CSVs, writing the store, counts and statistics.
     */
    public record Result(Map<String, Long> rows, Map<String, Long> csvMillis, long csvBytes, long importMillis,
            boolean restarted) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }

        public long totalCsvMillis() {
            return csvMillis.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Fund flows per second of the importer alone. */
        public double importFlowsPerSecond() {
            return rows.getOrDefault(Kind.FLOW.name(), 0L) * 1000.0 / Math.max(1, importMillis);
        }

        /** Fund flows per second from nothing to a written store: CSV writing plus import. */
        public double offlineFlowsPerSecond() {
            return rows.getOrDefault(Kind.FLOW.name(), 0L) * 1000.0 / Math.max(1, totalCsvMillis() + importMillis);
        }
    }

    private BulkGenerator() {
    }

    static Path databaseFolder(Path home) {
        return home.resolve("data").resolve("databases").resolve(DATABASE);
    }

    static Path transactionsFolder(Path home) {
        return home.resolve("data").resolve("transactions").resolve(DATABASE);
    }

    /**
     * Writes the CSVs and imports them into the {@code neo4j} database under {@code home}, which must not have
     * been opened by a DBMS yet (or must hold an unfinished offline run, which is removed first). Leaves the
     * marker in place: call {@link #finish} once the DBMS has started and the indexes are online.
     */
    public static Result importOffline(Path home, Size size, long seed, Options options, PrintStream out) {
        home = home.toAbsolutePath().normalize();
        Path marker = home.resolve(MARKER);
        Path csv = home.resolve(CSV_FOLDER);
        // The importer's id and cache arrays read DirectByteBuffer internals; without this it fails mid-import.
        if (!Object.class.getModule().isOpen("java.nio", BulkGenerator.class.getModule())) {
            throw new CannotImportException("The offline bulk path needs the JVM option "
                    + "--add-opens=java.base/java.nio=ALL-UNNAMED (the jar's manifest sets it for java -jar).");
        }
        try {
            boolean restarted = Files.exists(marker);
            if (restarted) {
                out.println("An earlier offline run in " + home + " did not finish (" + Files.readString(marker).strip()
                        + "); deleting its partial database and starting again.");
                FileSystemUtils.deleteRecursively(databaseFolder(home));
                FileSystemUtils.deleteRecursively(transactionsFolder(home));
                FileSystemUtils.deleteRecursively(csv);
            }
            else if (holdsFiles(databaseFolder(home)) || holdsFiles(transactionsFolder(home))) {
                throw new CannotImportException("The database in " + databaseFolder(home) + " already exists and may hold "
                        + "data, so the offline path refuses to import into it: choose an empty "
                        + "--graph.embedded.home, or run generate without --bulk to load transactionally.");
            }
            Files.createDirectories(home);
            Files.writeString(marker, "size " + size.name() + ", seed " + seed + ", started "
                    + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
            Files.createDirectories(csv);
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Long> csvMillis = new LinkedHashMap<>();
            List<String> arguments;
            try (CsvFiles files = new CsvFiles(csv)) {
                writeGraph(files, size, seed, options.batchSize(), rows, csvMillis, out);
                arguments = files.importArguments();
            }
            long csvBytes = folderSize(csv);
            out.printf("CSV written: %,d rows, %,d MB in %,d ms; importing%n", rows.values().stream()
                    .mapToLong(Long::longValue).sum(), csvBytes >> 20, csvMillis.values().stream()
                    .mapToLong(Long::longValue).sum());
            long started = System.nanoTime();
            runImporter(home, arguments, options, out);
            long importMillis = (System.nanoTime() - started) / 1_000_000;
            FileSystemUtils.deleteRecursively(csv);
            return new Result(rows, csvMillis, csvBytes, importMillis, restarted);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The offline run is complete: the DBMS has opened the store and the indexes are online. */
    public static void finish(Path home) {
        try {
            Files.deleteIfExists(home.toAbsolutePath().normalize().resolve(MARKER));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** True when an offline run in {@code home} was started and not finished. */
    public static boolean unfinished(Path home) {
        return Files.exists(home.toAbsolutePath().normalize().resolve(MARKER));
    }

    private static boolean holdsFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void writeGraph(CsvFiles files, Size size, long seed, int batchSize, Map<String, Long> rows,
            Map<String, Long> millis, PrintStream out) throws IOException {
        Shapes shapes = new Shapes(size, seed);
        Kind last = Kind.values()[Kind.values().length - 1];
        long lastBatch = 0;
        for (Kind kind : Kind.values()) {
            long started = System.nanoTime();
            long total = shapes.count(kind);
            long batches = (total + batchSize - 1) / batchSize;
            for (long batch = 0; batch < batches; batch++) {
                int from = (int) (batch * batchSize);
                int to = (int) Math.min(total, from + (long) batchSize);
                write(files, Batch.of(shapes, kind, batch, from, to));
            }
            if (kind == last) {
                lastBatch = batches - 1;
            }
            rows.put(kind.name(), total);
            millis.put(kind.name(), (System.nanoTime() - started) / 1_000_000);
            out.printf("progress: %s %d/%d written as CSV%n", kind.name(), total, total);
        }
        // The record the transactional path keeps per batch, as it stands after its last batch.
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("name", "generated");
        run.put("size", size.name());
        run.put("seed", seed);
        run.put("stage", last.ordinal());
        run.put("kind", last.name());
        run.put("batch", lastBatch);
        run.put("done", true);
        run.put("mode", "bulk");
        run.put("updatedAt", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
        files.nodes("GeneratorRun", "GeneratorRun").row(run);
    }

    /**
     * One batch as rows of the node and relationship files. Nodes are numbered here, in the order written, and
     * the importer takes those numbers as the store's node ids ({@code --id-type=actual}); so it needs no id
     * map, and a link to an entity of an earlier batch is resolved through {@link CsvFiles#entity}.
     */
    private static void write(CsvFiles files, Batch batch) throws IOException {
        Map<String, Object> document = batch.document();
        long documentNode = files.nodes("Document", "Entity:Document").row(document);
        CsvFile passages = files.nodes("Passage", "Entity:Passage");
        CsvFile hasPassage = files.relationships("HAS_PASSAGE", false);
        Map<Object, Long> passageNodes = new HashMap<>();
        for (Map<String, Object> passage : batch.passages()) {
            long passageNode = passages.row(passage);
            passageNodes.put(passage.get("id"), passageNode);
            hasPassage.link(documentNode, passageNode, null);
        }
        CsvFile nodes = files.nodes(batch.label(), "Entity:" + batch.label());
        CsvFile citations = files.nodes("Citation", "Citation");
        CsvFile sourcedFrom = files.relationships("SOURCED_FROM", false);
        CsvFile inPassage = files.relationships("IN_PASSAGE", false);
        for (Map<String, Object> node : batch.nodes()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) node.get("props");
            @SuppressWarnings("unchecked")
            Map<String, Object> citation = (Map<String, Object>) node.get("citation");
            long entityNode = nodes.row(props);
            files.entities.put((String) props.get("id"), entityNode);
            long citationNode = citations.row(citation);
            sourcedFrom.link(entityNode, citationNode, null);
            inPassage.link(citationNode, passageNodes.get(citation.get("passageId")), null);
        }
        for (Map.Entry<String, List<Map<String, Object>>> links : batch.links().entrySet()) {
            CsvFile file = files.relationships(links.getKey(), true);
            for (Map<String, Object> link : links.getValue()) {
                file.link(files.entity(link.get("from")), files.entity(link.get("to")), link.get("citation"));
            }
        }
    }

    /**
     * {@code neo4j-admin database import full} with the same arguments as on the command line, inside this JVM.
     * The embedded DBMS keeps its data under {@code home/data}, the importer's default for {@code neo4j.home}.
     */
    private static void runImporter(Path home, List<String> files, Options options, PrintStream out) {
        List<String> arguments = new ArrayList<>(files);
        arguments.add("--report-file=" + home.resolve("bulk-import.report"));
        arguments.add("--max-off-heap-memory=" + options.maxOffHeapMemory());
        arguments.add("--overwrite-destination=false");
        arguments.add(DATABASE);
        Throwable[] failure = new Throwable[1];
        CommandLine command = new CommandLine(new ImportCommand.Full(new ExecutionContext(home, home.resolve("conf"),
                out, out, new org.neo4j.io.fs.DefaultFileSystemAbstraction())));
        command.setExecutionExceptionHandler((ex, line, parsed) -> {
            failure[0] = ex;
            return 1;
        });
        int exit = command.execute(arguments.toArray(String[]::new));
        if (failure[0] != null || exit != 0) {
            throw new IllegalStateException("the Neo4j importer failed (exit " + exit + ")"
                    + (failure[0] == null ? "" : ": " + failure[0].getMessage()), failure[0]);
        }
    }

    /**
     * The node and relationship files of one run, one per label or type, the next node id, the ids of the
     * entities written so far (the targets of links), and the importer's arguments for the files.
     */
    private static final class CsvFiles implements AutoCloseable {
        private final Path folder;
        private final Map<String, CsvFile> nodes = new TreeMap<>();
        private final Map<String, CsvFile> relationships = new TreeMap<>();
        private final Map<String, Long> entities = new HashMap<>();
        private long nextNode;

        CsvFiles(Path folder) {
            this.folder = folder;
        }

        CsvFile nodes(String name, String labels) throws IOException {
            return open(nodes, "nodes-" + name, labels, false, false);
        }

        CsvFile relationships(String type, boolean cited) throws IOException {
            return open(relationships, "relationships-" + type, type, true, cited);
        }

        private CsvFile open(Map<String, CsvFile> files, String name, String group, boolean relationship,
                boolean cited) throws IOException {
            CsvFile file = files.get(name);
            if (file == null) {
                file = new CsvFile(this, folder.resolve(name), group, relationship, cited);
                files.put(name, file);
            }
            return file;
        }

        long entity(Object id) {
            Long node = entities.get(id);
            if (node == null) {
                throw new IllegalStateException("a generated link points to " + id + ", which is not written before it");
            }
            return node;
        }

        List<String> importArguments() {
            List<String> arguments = new ArrayList<>();
            arguments.add("--id-type=actual");
            nodes.values().forEach(f -> arguments.add("--nodes=" + f.group + "=" + f.header + "," + f.data));
            relationships.values().forEach(f -> arguments.add("--relationships=" + f.group + "=" + f.header + ","
                    + f.data));
            return arguments;
        }

        @Override
        public void close() throws IOException {
            for (CsvFile file : nodes.values()) {
                file.close();
            }
            for (CsvFile file : relationships.values()) {
                file.close();
            }
        }
    }

    /**
     * One CSV data file and its header file. Columns are fixed by the first row (every node of a label has the
     * same properties); their types are learnt from the values, so the header is written last, beside the data.
     * An empty field is a missing property, which is how the transactional path's null values end up too.
     */
    private static final class CsvFile implements AutoCloseable {
        private final CsvFiles files;
        private final String group;
        private final Path header;
        private final Path data;
        private final Writer writer;
        private final boolean relationship;
        private final boolean cited;
        private List<String> columns;
        private Set<String> known;
        private String[] types;

        CsvFile(CsvFiles files, Path name, String group, boolean relationship, boolean cited) throws IOException {
            this.files = files;
            this.group = group;
            this.header = Path.of(name + "-header.csv");
            this.data = Path.of(name + ".csv");
            this.writer = new BufferedWriter(Files.newBufferedWriter(data, StandardCharsets.UTF_8), 1 << 16);
            this.relationship = relationship;
            this.cited = cited;
        }

        /** A node with these properties; returns the node id it is given. */
        long row(Map<String, Object> properties) throws IOException {
            if (columns == null) {
                columns = new ArrayList<>(properties.keySet());
                known = new HashSet<>(columns);
                types = new String[columns.size()];
            }
            if (!known.containsAll(properties.keySet())) {
                throw new IllegalStateException(group + " row has properties beyond its first row's " + columns + ": "
                        + properties.keySet());
            }
            long node = files.nextNode++;
            writer.write(Long.toString(node));
            for (int c = 0; c < columns.size(); c++) {
                writer.write(',');
                Object value = properties.get(columns.get(c));
                if (value != null) {
                    types[c] = typeOf(value, types[c], columns.get(c));
                    writer.write(value instanceof String text ? quote(text) : value.toString());
                }
            }
            writer.write('\n');
            return node;
        }

        /** A relationship, with its citation when the transactional path gives it {@code citationIds}. */
        void link(long from, long to, Object citation) throws IOException {
            writer.write(Long.toString(from));
            writer.write(',');
            writer.write(Long.toString(to));
            if (cited) {
                writer.write(',');
                writer.write(quote(citation.toString()));
            }
            writer.write('\n');
        }

        private static String typeOf(Object value, String known, String column) {
            String type = switch (value) {
                case String s -> "string";
                case Integer i -> "long";
                case Long l -> "long";
                case Double d -> "double";
                case Boolean b -> "boolean";
                case OffsetDateTime t -> "datetime";
                default -> throw new IllegalStateException("no CSV type for " + column + " = " + value);
            };
            if (known != null && !known.equals(type)) {
                throw new IllegalStateException(column + " holds both " + known + " and " + type + " values");
            }
            return type;
        }

        private static String quote(String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                throw new IllegalStateException("a generated value spans lines: " + text);
            }
            return "\"" + (text.indexOf('"') >= 0 ? text.replace("\"", "\"\"") : text) + "\"";
        }

        @Override
        public void close() throws IOException {
            writer.close();
            StringBuilder line = new StringBuilder();
            if (relationship) {
                line.append(":START_ID,:END_ID").append(cited ? ",citationIds:string[]" : "");
            }
            else {
                line.append(":ID");
                for (int c = 0; c < columns.size(); c++) {
                    line.append(',').append(columns.get(c)).append(':').append(types[c] == null ? "string" : types[c]);
                }
            }
            Files.writeString(header, line.append('\n').toString(), StandardCharsets.UTF_8);
        }
    }
}
