package org.moneygraph.ledger;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar accountability-graph.jar import FILE [--dry-run]}: imports a ledger (.csv, .xlsx) or a bundle
 * (.json) without starting the web server, against the embedded data folder or {@code NEO4J_URI}. On a terminal
 * it draws a progress bar; otherwise it prints a progress line at most once a second. It ends with a summary
 * and exits 0 when the import was written (or the dry run found nothing wrong), 1 when rows were rejected and
 * 2 when it was called wrongly.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        Path file = null;
        boolean dryRun = false;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--dry-run")) {
                dryRun = true;
            }
            else if (args[i].startsWith("--")) {
                springArgs.add(args[i]);
            }
            else if (file == null) {
                file = Path.of(args[i]);
            }
        }
        if (file == null || !Files.isRegularFile(file)) {
            out.println(file == null ? "usage: import FILE [--dry-run]   (FILE: .csv, .xlsx ledger or .json bundle)"
                    : "no such file: " + file);
            return 2;
        }
        SpringApplication app = withoutWebServer(application);
        try (ConfigurableApplicationContext context = app.run(springArgs.toArray(String[]::new))) {
            Actor actor = new Actor("cli:" + System.getProperty("user.name", "unknown"), EnumSet.of(Role.EDITOR), null);
            String name = file.getFileName().toString();
            out.println((dryRun ? "Dry run of " : "Importing ") + file + " (" + Files.size(file) + " bytes)");
            ImportReport report;
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                report = context.getBean(BundleImports.class).importBundle(name,
                        Files.readString(file, StandardCharsets.UTF_8), documentBeside(file), dryRun, actor);
            }
            else {
                ProgressPrinter progress = new ProgressPrinter(out, isTerminal());
                report = context.getBean(LedgerImporter.class).importFile(file, name, null, dryRun, actor, progress);
                progress.done();
            }
            print(report, out);
            return report.rejected() > 0 ? 1 : 0;
        }
        catch (IOException ex) {
            out.println("cannot read " + file + ": " + ex.getMessage());
            return 2;
        }
    }

    /** The application of a command-line tool (import, generate): no web server, quiet logs, a free Bolt port. */
    public static SpringApplication withoutWebServer(Class<?> application) {
        return withoutWebServer(application, Map.of());
    }

    /** The same, with further defaults that settings and arguments still override. */
    public static SpringApplication withoutWebServer(Class<?> application, Map<String, Object> defaults) {
        SpringApplication app = new SpringApplication(application);
        app.setWebApplicationType(WebApplicationType.NONE);
        // A command must not collide with a port, only (rightly) with a service that holds the same data folder.
        // The port is given as the variable application.yaml reads, because a default graph.embedded.bolt-port
        // would lose to the yaml's own value; a real GRAPH_EMBEDDED_BOLT_PORT or --graph.embedded.bolt-port wins.
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("logging.level.root", "WARN",
                "logging.level.org.apache.lucene", "ERROR", "GRAPH_EMBEDDED_BOLT_PORT", "0"));
        properties.putAll(defaults);
        app.setDefaultProperties(properties);
        return app;
    }

    /** The bundle's document, when it sits beside the bundle or in a documents/ folder next to its folder. */
    private static String documentBeside(Path bundle) throws IOException {
        var tree = tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(bundle));
        String documentFile = tree.path("document").path("file").asString("");
        if (documentFile.isEmpty() || documentFile.contains("/") || documentFile.contains("\\")) {
            return null;
        }
        Path folder = bundle.toAbsolutePath().getParent();
        for (Path candidate : List.of(folder.resolve(documentFile), folder.resolveSibling("documents").resolve(documentFile))) {
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static void print(ImportReport report, PrintStream out) {
        double seconds = Math.max(report.millis(), 1) / 1000.0;
        out.printf("%s %s (%s): %s%n", report.dryRun() ? "Dry run of" : "Import of", report.fileName(),
                report.kind(), report.outcome());
        out.printf("  rows %d, created %d, changed %d, unchanged %d, rejected %d in %d ms (%.0f rows/s)%n",
                report.rows(), report.created(), report.changed(), report.unchanged(), report.rejected(),
                report.millis(), report.rows() / seconds);
        out.printf("  document %s, batch %s%n", report.documentId(), report.batchId());
        report.errors().forEach(error -> out.println("  " + error));
        if (report.errorsTruncated()) {
            out.println("  … more errors not listed");
        }
        if (report.rejected() > 0) {
            out.println("Nothing was written.");
        }
    }

    // Console.isTerminal() exists from Java 22; on 21 a console at all means a terminal.
    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (ReflectiveOperationException ex) {
            return true;
        }
    }

    /** A bar redrawn in place on a terminal; plain lines, at most one a second, anywhere else. */
    static final class ProgressPrinter implements LedgerImporter.Progress {
        private final PrintStream out;
        private final boolean terminal;
        private long lastLine;
        private boolean drawn;

        ProgressPrinter(PrintStream out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        @Override
        public void update(long rows, long bytesRead, long totalBytes) {
            long now = System.nanoTime();
            int percent = bytesRead < 0 || totalBytes <= 0 ? -1 : (int) Math.min(100, bytesRead * 100 / totalBytes);
            if (terminal) {
                String bar = percent < 0 ? "" : "[" + "#".repeat(percent / 4) + " ".repeat(25 - percent / 4) + "] "
                        + percent + "% ";
                out.print("\r" + bar + rows + " rows");
                out.flush();
                drawn = true;
            }
            else if (lastLine == 0 || now - lastLine >= 1_000_000_000L) {
                out.println("progress: " + rows + " rows" + (percent < 0 ? "" : ", " + percent + "%"));
                out.flush();
                lastLine = now;
            }
        }

        void done() {
            if (drawn) {
                out.println();
            }
        }
    }
}
