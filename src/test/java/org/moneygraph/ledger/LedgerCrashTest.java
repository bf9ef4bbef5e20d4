package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.moneygraph.AccountabilityGraphApplication;
import org.moneygraph.support.TestDatabases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import command is killed with SIGKILL in the middle of a large import, then run again on the same data
 * folder: the second run finds the import wholly absent (it creates every row) or wholly present (every row
 * unchanged), never part of it, and completes it.
 */
class LedgerCrashTest {

    private static final Logger log = LoggerFactory.getLogger(LedgerCrashTest.class);
    private static final int ROWS = 4_000;
    private static final Pattern SUMMARY = Pattern.compile(
            "rows (\\d+), created (\\d+), changed (\\d+), unchanged (\\d+), rejected (\\d+) in (\\d+) ms \\((\\d+) rows/s\\)");

    @Test
    void aKilledImportLeavesAllOrNothingAndCompletesWhenRunAgain() throws Exception {
        Path data = TestDatabases.freshFolder("LedgerCrashTest");
        Path file = LedgerThroughputTest.generatedFlows(Path.of("target", "import-tests", "crash-" + UUID.randomUUID()
                + ".csv"), ROWS, "K-");

        Process first = importCommand(data, file);
        List<String> firstLines = new ArrayList<>();
        boolean progressed = readUntil(first, firstLines, line -> line.startsWith("progress:"));
        assertThat(progressed).as("the import reported progress before it was killed: %s", firstLines).isTrue();
        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(String.join("\n", firstLines)).as("killed before it finished").doesNotContain("COMMITTED");

        Process second = importCommand(data, file);
        List<String> secondLines = new ArrayList<>();
        readUntil(second, secondLines, line -> false);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String output = String.join("\n", secondLines);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("COMMITTED");
        Matcher summary = SUMMARY.matcher(output);
        assertThat(summary.find()).as(output).isTrue();
        int created = Integer.parseInt(summary.group(2));
        int unchanged = Integer.parseInt(summary.group(4));
        assertThat(Integer.parseInt(summary.group(1))).isEqualTo(ROWS);
        assertThat(created == ROWS && unchanged == 0 || unchanged == ROWS && created == 0)
                .as("after the kill the import was wholly absent or wholly present: %s", summary.group()).isTrue();
        assertThat(Integer.parseInt(summary.group(5))).isZero();
        log.info("ledger import after restart: {} rows in {} ms = {} rows/s (created {}, unchanged {})", ROWS,
                summary.group(6), summary.group(7), created, unchanged);
    }

    /** {@code java -cp <this classpath> <main> import FILE} on its own data folder, as the jar would run it. */
    private static Process importCommand(Path data, Path file) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-Dstdout.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), AccountabilityGraphApplication.class.getName(),
                "import", file.toAbsolutePath().toString(), "--graph.embedded.home=" + data,
                "--graph.embedded.pagecache-memory=64m");
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Collects the process's lines until one matches (true) or the output ends (false); at most five minutes. */
    private static boolean readUntil(Process process, List<String> lines,
            java.util.function.Predicate<String> stop) throws Exception {
        CompletableFuture<Boolean> reading = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (stop.test(line)) {
                        return true;
                    }
                }
                return false;
            }
            catch (IOException ex) {
                return false;
            }
        });
        return reading.get(5, TimeUnit.MINUTES);
    }
}
