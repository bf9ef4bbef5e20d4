package org.moneygraph.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger import measured in a running service, the way an office imports: each file through the
 * {@code importLedger} mutation, one after the other, so the later files show the rate of a warm JVM (the
 * command line's {@code import} measures a cold one, whose class loading, Cypher planning and JIT compiling
 * take most of a 20,000-row file's time). Prints and writes, per file, the rows, the seconds, rows per second and
 * the service's CPU time (from {@code /proc}) over the file. Options, all {@code --name=value}: {@code api},
 * {@code token} (EDITOR or ADMIN), {@code service-pid}, {@code out} (the results folder), {@code label} (the
 * results file's name, {@code ledger-<date>} by default), {@code files} (the ledgers, separated by {@code :}).
 */
public final class LedgerImports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String MUTATION = """
            mutation($name: String!, $content: String!) {
              importLedger(fileName: $name, contentBase64: $content) { outcome rows created }
            }""";

    /** One file's import: rows created, wall time and the service's CPU time over it. */
    record Run(String file, int rows, double seconds, double cpuSeconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private LedgerImports() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = Bench.options(args);
        List<Path> files = Arrays.stream(options.get("files").split(File.pathSeparator)).map(Path::of).toList();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long pid = Long.parseLong(options.getOrDefault("service-pid", "-1"));
        List<Run> runs = new ArrayList<>();
        for (Path file : files) {
            String body = JSON.writeValueAsString(Map.of("query", MUTATION, "variables", Map.of("name",
                    file.getFileName().toString(), "content", Base64.getEncoder().encodeToString(Files.readAllBytes(file)))));
            HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("api"))).timeout(Duration.ofHours(1))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + options.get("token"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            double cpu = cpuSeconds(pid);
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - started) / 1e9;
            JsonNode report = JSON.readTree(response.body()).path("data").path("importLedger");
            if (!"COMMITTED".equals(report.path("outcome").asString())) {
                throw new IllegalStateException(file + " was not committed: " + response.body());
            }
            Run run = new Run(file.getFileName().toString(), report.path("created").asInt(), seconds,
                    cpuSeconds(pid) - cpu);
            runs.add(run);
            System.out.printf("%s: %,d rows in %.1f s, %,.0f rows/s, service CPU %.1f s%n", run.file(), run.rows(),
                    run.seconds(), run.rowsPerSecond(), run.cpuSeconds());
        }
        StringBuilder md = new StringBuilder("# Ledger import in a running service, " + LocalDate.now() + "\n\n"
                + "Each file through `importLedger`, one after the other (bench/ledger.sh).\n\n"
                + "| File | Rows created | Seconds | Rows/s | Service CPU s |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (Run run : runs) {
            md.append("| %s | %,d | %.1f | %,.0f | %.1f |%n".formatted(run.file(), run.rows(), run.seconds(),
                    run.rowsPerSecond(), run.cpuSeconds()));
        }
        Path out = Path.of(options.getOrDefault("out", "bench/results"));
        Files.createDirectories(out);
        Path written = out.resolve(options.getOrDefault("label", "ledger-" + LocalDate.now()) + ".md");
        Files.writeString(written, md);
        System.out.println("wrote " + written);
    }

    /** The service's user and system time in seconds, from {@code /proc/<pid>/stat}; 0 when it cannot be read. */
    static double cpuSeconds(long pid) {
        try {
            return JitClock.ticks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")))
                    * JitClock.NANOS_PER_TICK / 1e9;
        }
        catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
