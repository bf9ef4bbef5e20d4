package org.moneygraph.bench;

import java.util.Map;

/**
 * When a warm-up may stop. A fixed count was not enough: on two cores the service's C2 compiler was still busy
 * after 100 requests of {@code ping} on L, and the measured run paid for it (p50 14.6 ms, 250 requests/s; warm,
 * 3.0 ms and 990 requests/s). Rounds of 100 requests were not either: they took half a second each, and two of
 * them agreed long before the compiler was done. So the warm-up runs in rounds of at least
 * {@code roundRequests} requests and {@code roundNanos} of time, until the throughput of two rounds in a row
 * differs by at most {@code tolerance}, or until {@code maxNanos} have passed (a query too slow to settle is
 * then measured as it is), and always for at least {@code minRounds} rounds. Given the service's process
 * ({@code --service-pid}, see {@link JitClock}), a round also counts as steady only when the JIT compiler threads
 * used at most {@code jitShare} of its wall time: on L, C2 kept half a core busy for 60 to 90 s of
 * {@code projectDetail}, long after the throughput of two rounds first agreed.
 *
 * @param roundRequests requests per round at least (the harness's {@code warmup})
 * @param roundNanos    time per round at least
 * @param minRounds     rounds always run, so the first comparison is not between two cold rounds
 * @param tolerance     largest relative change of throughput between two rounds that counts as steady
 * @param maxNanos      time after which the warm-up stops whatever the rounds say
 * @param jitShare      most compiler time per wall time of a round that counts as steady, when it is known
 */
record WarmUp(int roundRequests, long roundNanos, int minRounds, double tolerance, long maxNanos, double jitShare) {

    /** From the harness's {@code warmup*} options, with their defaults. */
    static WarmUp of(Map<String, String> options) {
        return new WarmUp(Integer.parseInt(options.getOrDefault("warmup", "100")),
                seconds(options.getOrDefault("warmup-round-seconds", "5")),
                Integer.parseInt(options.getOrDefault("warmup-rounds", "3")),
                Double.parseDouble(options.getOrDefault("warmup-tolerance", "0.1")),
                seconds(options.getOrDefault("warmup-max-seconds", "300")),
                Double.parseDouble(options.getOrDefault("warmup-jit-share", "0.03")));
    }

    /** The rule in words, for the results file; {@code jitKnown} when the harness saw the compiler threads. */
    String describe(boolean jitKnown) {
        return "warm-up in rounds of at least " + roundRequests + " requests and " + roundNanos / 1e9
                + " s until two in a row are within " + tolerance + " of each other in throughput (at least "
                + minRounds + " rounds, at most " + maxNanos / 1e9 + " s)" + (jitKnown
                        ? " and the service's JIT compiler threads used at most " + jitShare + " of the last round's time"
                        : "; the service's JIT compiler threads were not watched");
    }

    private static long seconds(String value) {
        return (long) (Double.parseDouble(value) * 1e9);
    }

    /**
     * Whether to stop after a round of {@code rate} requests per second that followed one of {@code previous}, in
     * which the compiler threads used {@code jit} of the round's wall time (negative: not known).
     */
    boolean steady(int rounds, double previous, double rate, double jit, long elapsedNanos) {
        if (roundRequests <= 0 || elapsedNanos >= maxNanos) {
            return true;
        }
        if (rounds < Math.max(2, minRounds)) {
            return false;
        }
        return Math.abs(rate - previous) <= tolerance * Math.max(rate, previous) && jit <= jitShare;
    }
}
