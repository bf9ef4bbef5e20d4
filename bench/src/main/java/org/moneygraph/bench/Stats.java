package org.moneygraph.bench;

import java.util.Arrays;

/**
 * Latency percentiles and throughput of one measured run. Percentiles use the nearest-rank method on the
 * sorted latencies, so p99 of 100 samples is the 99th smallest, a value that was really observed.
 *
 * @param requests    requests measured
 * @param errors      requests that failed (counted in throughput neither way: they are reported apart)
 * @param p50Millis   median latency
 * @param p95Millis   95th percentile latency
 * @param p99Millis   99th percentile latency
 * @param perSecond   requests completed per second of wall time, across all clients
 */
record Stats(int requests, int errors, double p50Millis, double p95Millis, double p99Millis, double perSecond) {

    static Stats of(long[] latencyNanos, int errors, long wallNanos) {
        if (latencyNanos.length == 0) {
            return new Stats(0, errors, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, errors, millis(percentile(sorted, 50)), millis(percentile(sorted, 95)),
                millis(percentile(sorted, 99)), sorted.length / (wallNanos / 1e9));
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the samples at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
