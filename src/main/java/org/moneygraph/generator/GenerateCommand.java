package org.moneygraph.generator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.moneygraph.config.EmbeddedNeo4jProperties;
import org.moneygraph.ledger.ImportCommand;
import org.moneygraph.schema.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * {@code java -jar accountability-graph.jar generate --size=S|M|L [--seed=42] [--batch=10000] [--bulk]}: loads a
 * generated graph without the web server. By default through transactions, against the embedded data folder or
 * {@code NEO4J_URI}; starting the context applies graph-schema/ first. With {@code --bulk}, offline: CSV files and
 * Neo4j's importer into an embedded data folder that holds no database yet, then the context, whose schema
 * migrations build the indexes. Prints progress and rows per second per kind; exits 0 when the load is complete
 * (or already was), 2 when called wrongly or the target does not suit the chosen path.
 */
public final class GenerateCommand {

    private static final String USAGE = "usage: generate --size=S|M|L [--seed=42] [--batch=10000] [--bulk]";

    private GenerateCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Size size = null;
        long seed = 42;
        int batch = GraphGenerator.DEFAULT_BATCH;
        boolean bulk = false;
        List<String> springArgs = new ArrayList<>();
        try {
            for (int i = 1; i < args.length; i++) {
                if (args[i].startsWith("--size=")) {
                    size = Size.of(args[i].substring("--size=".length()));
                }
                else if (args[i].startsWith("--seed=")) {
                    seed = Long.parseLong(args[i].substring("--seed=".length()));
                }
                else if (args[i].startsWith("--batch=")) {
                    batch = Integer.parseInt(args[i].substring("--batch=".length()));
                }
                else if (args[i].equals("--bulk")) {
                    bulk = true;
                }
                else {
                    springArgs.add(args[i]);
                }
            }
        }
        catch (IllegalArgumentException ex) {
            out.println(ex.getMessage());
            size = null;
        }
        if (size == null || batch < 1) {
            out.println(USAGE);
            return 2;
        }
        String[] spring = springArgs.toArray(String[]::new);
        if (bulk) {
            return bulk(ImportCommand.withoutWebServer(application, AFTER_IMPORT), size, seed, batch, spring, out,
                    context -> {
                    });
        }
        SpringApplication app = ImportCommand.withoutWebServer(application);
        try (ConfigurableApplicationContext context = app.run(spring)) {
            out.printf("Generating size %s with seed %d, %d rows per batch%n", size.name(), seed, batch);
            long[] lastLine = { 0 };
            GraphGenerator.Result result = GraphGenerator.load(context.getBean(Driver.class), size, seed,
                    (kind, done, total, millis) -> {
                        long now = System.nanoTime();
                        if (done == total || now - lastLine[0] >= 1_000_000_000L) {
                            out.printf("progress: %s %d/%d%n", kind, done, total);
                            out.flush();
                            lastLine[0] = now;
                        }
                    }, new GraphGenerator.Options(batch, 0));
            print(result, out);
            return 0;
        }
    }

    static void print(GraphGenerator.Result result, PrintStream out) {
        if (result.alreadyDone()) {
            out.println("Already complete: nothing to do.");
            return;
        }
        result.rows().forEach((kind, rows) -> out.printf("  %-15s %,10d rows in %,8d ms (%,.0f rows/s)%n", kind, rows,
                result.millis().get(kind), result.rowsPerSecond(kind)));
        out.printf("Total %,d rows in %,d ms (%,.0f rows/s)%n", result.totalRows(), result.totalMillis(),
                result.totalRows() * 1000.0 / Math.max(1, result.totalMillis()));
    }

    // --- the offline bulk path ---

    /** Defaults of the context started on an imported store: its indexes are populated at startup. */
    static final Map<String, Object> AFTER_IMPORT = Map.of("graph.schema.index-wait", "2h",
            "graph.embedded.transaction-timeout", "2h");

    /**
     * The offline path from the command line; {@code whileOpen} sees the started application before it is
     * closed (the tests query it there).
     */
    static int bulk(SpringApplication app, Size size, long seed, int batch, String[] springArgs, PrintStream out,
            Consumer<ConfigurableApplicationContext> whileOpen) {
        Target target = Target.of(springArgs);
        if (target.externalUri()) {
            out.println("generate --bulk writes only into the embedded data folder, but NEO4J_URI (spring.neo4j.uri) "
                    + "names an external server: run generate without --bulk to load it through transactions.");
            return 2;
        }
        out.printf("Generating size %s with seed %d offline into %s, %d rows per document%n", size.name(), seed,
                target.home(), batch);
        BulkGenerator.Result imported;
        try {
            imported = BulkGenerator.importOffline(target.home(), size, seed,
                    new BulkGenerator.Options(batch, BulkGenerator.Options.DEFAULT.maxOffHeapMemory()), out);
        }
        catch (BulkGenerator.CannotImportException ex) {
            out.println(ex.getMessage());
            return 2;
        }
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = openImported(app, springArgs, target.home())) {
            Duration start = Duration.ofNanos(System.nanoTime() - started);
            print(imported, context.getBean(SchemaMigrations.class).lastResult().took(), start,
                    context.getBean(Driver.class), out);
            whileOpen.accept(context);
            return 0;
        }
    }

    /**
     * Starts the application on a store that {@link BulkGenerator#importOffline} wrote: its schema migrations
     * create the constraints and indexes and wait for them; this checks that every index is online and the run
     * record is complete, then clears the unfinished-run marker. Returns the running context.
     */
    static ConfigurableApplicationContext openImported(SpringApplication app, String[] springArgs, Path home) {
        ConfigurableApplicationContext context = app.run(springArgs);
        try {
            Driver driver = context.getBean(Driver.class);
            List<String> notOnline = driver.executableQuery(
                    "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name + ' ' + state AS index")
                    .execute().records().stream().map(r -> r.get("index").asString()).toList();
            List<Record> runs = driver.executableQuery(
                    "MATCH (r:GeneratorRun {name: 'generated'}) RETURN r.done AS done").execute().records();
            if (!notOnline.isEmpty() || runs.size() != 1 || !runs.getFirst().get("done").asBoolean(false)) {
                throw new IllegalStateException("the imported graph is not ready: indexes not online " + notOnline
                        + ", complete run records " + runs.size());
            }
            BulkGenerator.finish(home);
            return context;
        }
        catch (RuntimeException ex) {
            context.close();
            throw ex;
        }
    }

    private static void print(BulkGenerator.Result result, Duration schema, Duration start, Driver driver,
            PrintStream out) {
        if (result.restarted()) {
            out.println("(An unfinished earlier run was removed first.)");
        }
        out.println("CSV written (rows of the model per kind; each also writes its citation and its links):");
        result.rows().forEach((kind, rows) -> out.printf("  %-15s %,10d rows in %,8d ms (%,.0f rows/s)%n", kind, rows,
                result.csvMillis().get(kind), rows * 1000.0 / Math.max(1, result.csvMillis().get(kind))));
        out.printf("  %,d MB of CSV in %,d ms%n", result.csvBytes() >> 20, result.totalCsvMillis());
        out.printf("Import (neo4j-admin database import full, in process): %,d rows of the model in %,d ms "
                + "(%,.0f rows/s, %,.0f flows/s)%n", result.totalRows(), result.importMillis(),
                result.totalRows() * 1000.0 / Math.max(1, result.importMillis()), result.importFlowsPerSecond());
        out.printf("CSV and import together: %,d ms (%,.0f flows/s)%n", result.totalCsvMillis() + result.importMillis(),
                result.offlineFlowsPerSecond());
        long indexes = driver.executableQuery("SHOW INDEXES YIELD state WHERE state = 'ONLINE' RETURN count(*) AS n")
                .execute().records().getFirst().get("n").asLong();
        out.printf("Schema: constraints and indexes created and populated in %,d ms (of %,d ms to start the "
                + "application); %d indexes online%n", schema.toMillis(), start.toMillis(), indexes);
    }

    /** Where the command would write, as the application resolves its settings (arguments, environment, yaml). */
    record Target(Path home, boolean externalUri) {

        static Target of(String[] springArgs) {
            SpringApplication settings = ImportCommand.withoutWebServer(NoBeans.class);
            try (ConfigurableApplicationContext context = settings.run(springArgs)) {
                Environment environment = context.getEnvironment();
                Path home = Binder.get(environment).bindOrCreate("graph.embedded", EmbeddedNeo4jProperties.class).home();
                return new Target(home.toAbsolutePath().normalize(),
                        StringUtils.hasText(environment.getProperty("spring.neo4j.uri")));
            }
        }
    }

    /** A context with no beans: only its environment is read. */
    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }
}
