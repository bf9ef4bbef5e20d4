package org.moneygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Runs the workload against the service, the raw-Cypher floor and (when given) the @neo4j/graphql peer, all on
 * one database, and writes the table of ratios. Options, all {@code --name=value}:
 * <ul>
 *   <li>{@code api} (http://127.0.0.1:18080/graphql), {@code bolt} (bolt://127.0.0.1:7699),
 *       {@code peer} (none), {@code token} (none; needed for reconciliation);</li>
 *   <li>{@code clients} (4), {@code requests} (1000) per query and target, measured in {@code blocks} (10)
 *       turns between the targets, fewer when a block would give a client fewer than 10 requests (see
 *       {@link Runner});</li>
 *   <li>{@code warmup} (at least 100 requests per round), {@code warmup-round-seconds} (at least 5 s per
 *       round), {@code warmup-rounds} (at least 3),
 *       {@code warmup-tolerance} (0.1: rounds end when two in a row differ by at most 10 % in throughput),
 *       {@code warmup-max-seconds} (300), {@code warmup-jit-share} (0.03: and the service's JIT compiler threads
 *       used at most 3 % of the round's time), per query and target, see {@link WarmUp};</li>
 *   <li>{@code service-pid} (none): the service's JVM on this machine, whose compiler threads the warm-up
 *       watches ({@link JitClock}); without it only the throughput decides;</li>
 *   <li>{@code size} (seed), a label for the data; {@code out} (bench/results), {@code only} (all queries);</li>
 *   <li>any of the above for one query kind alone, as {@code name.kind}: {@code --requests.fundSummary=8
 *       --warmup.fundSummary=1} measures the province's summary, which takes tens of seconds, with 8 requests
 *       while the light kinds take 1000, so the whole mix runs in one run ({@link #forKind}).</li>
 * </ul>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String size = options.getOrDefault("size", "seed");
        JitClock jit = JitClock.of(options.get("service-pid"));
        WarmUp warmUp = WarmUp.of(options);
        Runner runner = runner(options, jit);
        String token = options.get("token");
        var ours = new GraphQlClient(options.getOrDefault("api", "http://127.0.0.1:18080/graphql"), null);
        var oursAsAuditor = new GraphQlClient(options.getOrDefault("api", "http://127.0.0.1:18080/graphql"), token);
        var peer = options.containsKey("peer") ? new GraphQlClient(options.get("peer"), null) : null;
        try (Driver driver = GraphDatabase.driver(options.getOrDefault("bolt", "bolt://127.0.0.1:7699"),
                AuthTokens.none())) {
            var floor = new Floor(driver);
            Parameters parameters = Parameters.read(driver);
            System.out.printf("parameters: %d projects, %d regions (%d counties), %d givers, province %s, %d words, "
                    + "%d pages of %s%n", parameters.projects().size(), parameters.counties().size(),
                    parameters.countiesOnly().size(), parameters.givers().size(),
                    parameters.province(), parameters.words().size(), parameters.pages(), parameters.pageLevel());
            List<Result> results = new ArrayList<>();
            for (QueryKind kind : Workload.of(parameters)) {
                if (options.containsKey("only") && !List.of(options.get("only").split(",")).contains(kind.name())) {
                    continue;
                }
                if (kind.auditor() && (token == null || token.isBlank())) {
                    System.out.println(kind.name() + ": skipped, it needs --token (AUDITOR)");
                    continue;
                }
                GraphQlClient api = kind.auditor() ? oursAsAuditor : ours;
                GraphQlClient peerApi = kind.peer() == null ? null : peer;
                Runner kindRunner = runner(forKind(options, kind.name()), jit);
                Agreement agreement = Agreement.check(kind, api, floor, peerApi);
                System.out.println(kind.name() + ": " + agreement);
                List<IntFunction<Object>> targets = new ArrayList<>(List.of(
                        i -> api.post(kind.ours(), kind.variables().apply(i)),
                        i -> floor.ask(kind.floor(), kind.variables().apply(i))));
                if (peerApi != null) {
                    targets.add(i -> peerApi.post(kind.peer(), kind.variables().apply(i)));
                }
                Runner.Comparison comparison = kindRunner.compare(targets);
                List<Stats> totals = comparison.totals();
                System.out.println("  ours  " + totals.get(0));
                System.out.println("  floor " + totals.get(1));
                if (peerApi != null) {
                    System.out.println("  peer  " + totals.get(2));
                }
                results.add(new Result(kind.name(), agreement, totals.get(0), totals.get(1),
                        peerApi == null ? null : totals.get(2), comparison.blocks()));
            }
            String date = LocalDate.now(ZoneOffset.UTC).toString();
            Path out = Path.of(options.getOrDefault("out", "bench/results"));
            Files.createDirectories(out);
            String environment = Environment.describe(driver, ours, options, size,
                    warmUp.describe(jit != null), runner.blocks());
            Files.writeString(out.resolve(size + "-" + date + ".md"), Report.markdown(size, environment, results));
            Files.writeString(out.resolve(size + "-" + date + ".csv"), Report.csv(results));
            System.out.println("wrote " + out.resolve(size + "-" + date + ".md"));
        }
    }

    private static Runner runner(Map<String, String> options, JitClock jit) {
        return new Runner(Integer.parseInt(options.getOrDefault("clients", "4")), WarmUp.of(options),
                Integer.parseInt(options.getOrDefault("requests", "1000")),
                Integer.parseInt(options.getOrDefault("blocks", "10")), jit);
    }

    /**
     * The options one query kind runs with: each {@code name.kind} given for this kind stands for {@code name},
     * and those given for other kinds are dropped.
     */
    static Map<String, String> forKind(Map<String, String> options, String kind) {
        Map<String, String> forKind = new HashMap<>();
        options.forEach((name, value) -> {
            if (!name.contains(".")) {
                forKind.putIfAbsent(name, value);
            }
            else if (name.endsWith("." + kind)) {
                forKind.put(name.substring(0, name.length() - kind.length() - 1), value);
            }
        });
        return forKind;
    }

    /** The {@code --name=value} arguments by name. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    /** One row of the report; {@code blocks} holds each turn's figures, ours first, then the floor's and peer's. */
    record Result(String query, Agreement agreement, Stats ours, Stats floor, Stats peer, List<List<Stats>> blocks) {
    }
}
