package org.moneygraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Writes the results as a markdown table of ratios and as CSV. */
final class Report {

    private Report() {
    }

    static String markdown(String size, String environment, List<Bench.Result> results) {
        StringBuilder md = new StringBuilder("# Benchmark on `" + size + "`\n\n" + environment + "\n\n");
        md.append("Ratios: p50 ours ÷ floor (target ≤ 1.3), throughput ours ÷ floor (target ≥ 0.7), ")
                .append("p95 ours ÷ peer (target ≤ 0.5), throughput ours ÷ peer (target ≥ 2).\n\n");
        md.append("| query | p50 ÷ floor | tput ÷ floor | p95 ÷ peer | tput ÷ peer |\n");
        md.append("| --- | ---: | ---: | ---: | ---: |\n");
        for (Bench.Result r : results) {
            md.append("| ").append(r.query())
                    .append(" | ").append(ratio(r.ours(), r.floor(), Stats::p50Millis))
                    .append(" | ").append(ratio(r.ours(), r.floor(), Stats::perSecond))
                    .append(" | ").append(ratio(r.ours(), r.peer(), Stats::p95Millis))
                    .append(" | ").append(ratio(r.ours(), r.peer(), Stats::perSecond))
                    .append(" |\n");
        }
        md.append("\nLatency in ms (p50 / p95 / p99) and throughput in requests per second:\n\n");
        md.append("| query | ours | ours/s | floor | floor/s | peer | peer/s | errors o/f/p |\n");
        md.append("| --- | --- | ---: | --- | ---: | --- | ---: | --- |\n");
        for (Bench.Result r : results) {
            md.append("| ").append(r.query())
                    .append(" | ").append(latencies(r.ours())).append(" | ").append(rate(r.ours()))
                    .append(" | ").append(latencies(r.floor())).append(" | ").append(rate(r.floor()))
                    .append(" | ").append(r.peer() == null ? "–" : latencies(r.peer()))
                    .append(" | ").append(r.peer() == null ? "–" : rate(r.peer()))
                    .append(" | ").append(r.ours().errors()).append('/').append(r.floor().errors()).append('/')
                    .append(r.peer() == null ? "–" : String.valueOf(r.peer().errors())).append(" |\n");
        }
        if (results.stream().anyMatch(r -> r.blocks().size() > 1)) {
            md.append("\nThe ratios to the floor turn by turn (lowest–highest over the turns; each turn ran a block of ")
                    .append("both targets' requests one right after the other):\n\n");
            md.append("| query | turns | p50 ÷ floor | tput ÷ floor |\n");
            md.append("| --- | ---: | --- | --- |\n");
            for (Bench.Result r : results) {
                md.append("| ").append(r.query()).append(" | ").append(r.blocks().size())
                        .append(" | ").append(range(r.blocks(), Stats::p50Millis))
                        .append(" | ").append(range(r.blocks(), Stats::perSecond)).append(" |\n");
            }
        }
        md.append("\nAnswers compared with the service's on the key fields, first ")
                .append(Agreement.CHECKED).append(" requests of each query:\n\n");
        for (Bench.Result r : results) {
            md.append("- ").append(r.query()).append(": ").append(r.agreement()).append('\n');
        }
        return md.toString();
    }

    static String csv(List<Bench.Result> results) {
        StringBuilder csv = new StringBuilder("query,target,requests,errors,p50_ms,p95_ms,p99_ms,per_second\n");
        for (Bench.Result r : results) {
            row(csv, r.query(), "ours", r.ours());
            row(csv, r.query(), "floor", r.floor());
            if (r.peer() != null) {
                row(csv, r.query(), "peer", r.peer());
            }
        }
        return csv.toString();
    }

    /** A target that answered nothing has no latencies: its fields are left empty, not written as NaN. */
    private static void row(StringBuilder csv, String query, String target, Stats s) {
        csv.append(String.format(Locale.ROOT, "%s,%s,%d,%d,", query, target, s.requests(), s.errors()))
                .append(s.requests() == 0 ? ",,"
                        : String.format(Locale.ROOT, "%.3f,%.3f,%.3f", s.p50Millis(), s.p95Millis(), s.p99Millis()))
                .append(String.format(Locale.ROOT, ",%.1f%n", s.perSecond()));
    }

    private static String latencies(Stats s) {
        return s.requests() == 0 ? "all " + s.errors() + " failed"
                : String.format(Locale.ROOT, "%.2f / %.2f / %.2f", s.p50Millis(), s.p95Millis(), s.p99Millis());
    }

    private static String rate(Stats s) {
        return String.format(Locale.ROOT, "%.0f", s.perSecond());
    }

    /**
     * Lowest and highest of ours ÷ floor over the turns, of the figure {@code of}; a turn in which either side
     * answered nothing has no figure and is left out.
     */
    static String range(List<List<Stats>> blocks, ToDoubleFunction<Stats> of) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (List<Stats> turn : blocks) {
            double ours = of.applyAsDouble(turn.get(0));
            double floor = of.applyAsDouble(turn.get(1));
            if (turn.get(0).requests() == 0 || turn.get(1).requests() == 0) {
                continue;
            }
            low = Math.min(low, ours / floor);
            high = Math.max(high, ours / floor);
        }
        return low > high ? "–" : String.format(Locale.ROOT, "%.2f–%.2f", low, high);
    }

    /**
     * Ours ÷ the other target's figure {@code of}: none when the other target was not run, or when either
     * answered nothing (every request failed, say on a timeout), since a ratio of no answers is no figure.
     */
    static String ratio(Stats ours, Stats other, ToDoubleFunction<Stats> of) {
        if (other == null || ours.requests() == 0 || other.requests() == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", of.applyAsDouble(ours) / of.applyAsDouble(other));
    }
}
