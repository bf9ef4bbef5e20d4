package org.moneygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Two builds of the service under the same load at the same time, to see changes of a few per cent (round nineteen
 * of docs/performance.md). Two starts of one jar, one after the other, differed by up to 1.7× in CPU per request on
 * this machine; two services running side by side share whatever the machine does. Each client sends request
 * {@code i} to both services, in turn, with the same variables; every {@code window} seconds the harness reads each
 * service's CPU time from {@code /proc}, and the figure of a run is each service's CPU per request over the last
 * {@code last} windows, after the earlier ones warmed it. {@code bench/ab.sh} starts the services, runs this twice
 * with their places swapped (the second place costs about 2 %), and then {@code --report} writes the table.
 *
 * <p>Load options, all {@code --name=value}: {@code a}, {@code b} (the two GraphQL URLs), {@code a-pid},
 * {@code b-pid}, {@code a-label}, {@code b-label}, {@code bolt} (a's database, for the parameters), {@code token}
 * (for the auditor's kinds), {@code kind} (a workload kind of {@link Workload}, or one of {@link #EXTRA}),
 * {@code seconds} (400), {@code clients} (4), {@code window} (10), {@code last} (12), {@code fixed} (none: request
 * {@code i} asks parameter {@code i}; a number asks that one always, e.g. 0 for the busiest giver's trail) and
 * {@code runs} (the file each run's line is appended to). Report options: {@code report} (that file), {@code kind},
 * {@code about} (a line on the data and settings), {@code out} (the Markdown file).
 */
public final class Ab {

    /** Kinds for the A/B alone: they have no floor, so the benchmark does not ask them. */
    static final Map<String, String> EXTRA = Map.of("regionsPageNested", """
            query($level: RegionLevel!, $after: String) {
              regions(filter: { levels: [$level] }, first: 20, after: $after) {
                edges { node { id name level parent { id name parent { id name } } } } } }""");

    private Ab() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = Bench.options(args);
        if (options.containsKey("report")) {
            Path runs = Path.of(options.get("report"));
            String md = report(options.get("kind"), options.getOrDefault("about", ""), Files.readAllLines(runs));
            Files.writeString(Path.of(options.get("out")), md);
            System.out.print(md);
            return;
        }
        Side a = new Side(options.get("a-label"), options.get("a"), Long.parseLong(options.get("a-pid")),
                options.get("token"));
        Side b = new Side(options.get("b-label"), options.get("b"), Long.parseLong(options.get("b-pid")),
                options.get("token"));
        String kind = options.get("kind");
        Request request;
        try (Driver driver = GraphDatabase.driver(options.get("bolt"), AuthTokens.none())) {
            request = request(kind, Parameters.read(driver), options.get("fixed"));
        }
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "400"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "4"));
        int window = Integer.parseInt(options.getOrDefault("window", "10"));
        int last = Integer.parseInt(options.getOrDefault("last", "12"));

        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            threads.add(Thread.ofPlatform().name("client-" + c).start(() -> {
                for (int i = client; System.nanoTime() < deadline; i += clients) {
                    // Half the clients ask a first, half b first, so neither always meets the other's garbage.
                    Side first = client % 2 == 0 ? a : b;
                    Side second = first == a ? b : a;
                    first.ask(request, i);
                    second.ask(request, i);
                }
            }));
        }
        Windows aWindows = new Windows();
        Windows bWindows = new Windows();
        aWindows.add(a.cpuNanos(), a.answered.get());
        bWindows.add(b.cpuNanos(), b.answered.get());
        while (System.nanoTime() < deadline) {
            Thread.sleep(window * 1000L);
            aWindows.add(a.cpuNanos(), a.answered.get());
            bWindows.add(b.cpuNanos(), b.answered.get());
            System.out.printf("window %d: %s %.3f ms (%d answers), %s %.3f ms (%d answers)%n", aWindows.size() - 1,
                    a.label, aWindows.msPerRequest(1), aWindows.answers(1), b.label, bWindows.msPerRequest(1),
                    bWindows.answers(1));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (a.failed.get() + b.failed.get() > 0) {
            System.out.printf("errors: %s %d, %s %d; the last: %s%n", a.label, a.failed.get(), b.label,
                    b.failed.get(), a.lastError != null ? a.lastError : b.lastError);
        }
        String line = String.join("\t", a.label, "%.3f".formatted(aWindows.msPerRequest(last)), b.label,
                "%.3f".formatted(bWindows.msPerRequest(last)), Long.toString(a.answered.get()),
                Long.toString(b.answered.get()), Long.toString(a.failed.get() + b.failed.get()));
        System.out.println("over the last " + last + " windows: " + line);
        if (options.containsKey("runs")) {
            Files.writeString(Path.of(options.get("runs")), line + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    /** The document and the variables of request {@code i}. */
    record Request(String document, boolean auditor, IntFunction<Map<String, Object>> variables) {
    }

    static Request request(String kind, Parameters parameters, String fixed) {
        Request request;
        if (EXTRA.containsKey(kind)) {
            QueryKind page = byName(Workload.of(parameters), "regionsPage");
            request = new Request(EXTRA.get(kind), false, page.variables());
        } else {
            QueryKind found = byName(Workload.of(parameters), kind);
            request = new Request(found.ours(), found.auditor(), found.variables());
        }
        if (fixed == null || fixed.isBlank()) {
            return request;
        }
        int only = Integer.parseInt(fixed);
        return new Request(request.document(), request.auditor(), i -> request.variables().apply(only));
    }

    private static QueryKind byName(List<QueryKind> kinds, String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no kind " + name + "; kinds: "
                        + kinds.stream().map(QueryKind::name).toList() + " and " + EXTRA.keySet()));
    }

    /** One service: where it answers, its JVM, and what it answered. */
    private static final class Side {
        final String label;
        final GraphQlClient anonymous;
        final GraphQlClient auditor;
        final long pid;
        final AtomicLong answered = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        volatile String lastError;

        Side(String label, String api, long pid, String token) {
            this.label = label;
            this.anonymous = new GraphQlClient(api, null);
            this.auditor = new GraphQlClient(api, token);
            this.pid = pid;
        }

        void ask(Request request, int i) {
            try {
                (request.auditor() ? auditor : anonymous).post(request.document(), request.variables().apply(i));
                answered.incrementAndGet();
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                lastError = e.getMessage();
            }
        }

        long cpuNanos() {
            return Math.round(LedgerImports.cpuSeconds(pid) * 1e9);
        }
    }

    /** Cumulative readings of one service: its CPU time and answers at the end of each window. */
    static final class Windows {
        private final List<long[]> readings = new ArrayList<>();

        void add(long cpuNanos, long answers) {
            readings.add(new long[] {cpuNanos, answers});
        }

        int size() {
            return readings.size();
        }

        /** Answers over the last {@code windows} windows. */
        long answers(int windows) {
            return readings.getLast()[1] - readings.get(from(windows))[1];
        }

        /**
         * Milliseconds of CPU per answer over the last {@code windows} windows: all their CPU over all their answers,
         * so a window with few answers weighs little. NaN before any answer.
         */
        double msPerRequest(int windows) {
            long answers = answers(windows);
            long cpu = readings.getLast()[0] - readings.get(from(windows))[0];
            return answers == 0 ? Double.NaN : cpu / 1e6 / answers;
        }

        private int from(int windows) {
            return Math.max(0, readings.size() - 1 - windows);
        }
    }

    /**
     * The table of a pair of runs: each line is {@code label, ms, label, ms, answers, answers, errors} with the
     * places of the second run swapped; the change is each run's second label against its first, B against A.
     */
    static String report(String kind, String about, List<String> lines) {
        StringBuilder md = new StringBuilder("# A/B: " + kind + ", both builds at once (bench/ab.sh)\n\n"
                + (about.isBlank() ? "" : about + "\n\n")
                + "CPU per request of each service, in milliseconds, over the last windows of each run.\n\n"
                + "| Run | first place | ms | second place | ms | answers | errors |\n"
                + "| --- | --- | ---: | --- | ---: | ---: | ---: |\n");
        List<String[]> runs = lines.stream().filter(l -> !l.isBlank()).map(l -> l.split("\t")).toList();
        String a = runs.getFirst()[0];
        for (int r = 0; r < runs.size(); r++) {
            String[] run = runs.get(r);
            md.append("| %d | %s | %s | %s | %s | %s + %s | %s |%n".formatted(r + 1, run[0], run[1], run[2], run[3],
                    run[4], run[5], run[6]));
        }
        md.append("\n");
        for (int r = 0; r < runs.size(); r++) {
            String[] run = runs.get(r);
            double aMs = Double.parseDouble(run[0].equals(a) ? run[1] : run[3]);
            double bMs = Double.parseDouble(run[0].equals(a) ? run[3] : run[1]);
            String b = run[0].equals(a) ? run[2] : run[0];
            md.append("- run %d: %s against %s: %+.1f %%%n".formatted(r + 1, b, a, (bMs - aMs) / aMs * 100));
        }
        return md.toString();
    }
}
