package org.moneygraph.generator;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar accountability-graph.jar generate --size=S|M|L [--seed=42] [--batch=10000]}: loads a generated
 * graph without the web server, against the embedded data folder or {@code NEO4J_URI}. Starting the context
 * applies graph-schema/ first. Prints a line per batch at most once a second and rows per second per kind at
 * the end; exits 0 when the load is complete (or was already), 2 when called wrongly.
 */
public final class GenerateCommand {

    private GenerateCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Size size = null;
        long seed = 42;
        int batch = GraphGenerator.DEFAULT_BATCH;
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
            out.println("usage: generate --size=S|M|L [--seed=42] [--batch=10000]");
            return 2;
        }
        SpringApplication app = org.moneygraph.ledger.ImportCommand.withoutWebServer(application);
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
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
}
