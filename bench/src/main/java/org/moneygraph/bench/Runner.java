package org.moneygraph.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Runs one query kind against its targets (the service, the floor, the peer) at fixed concurrency. Each target
 * is first warmed up, and the warm-up is thrown away (rounds until the throughput is steady, see
 * {@link WarmUp}). Then the measured requests run in blocks that take turns between the targets: block
 * {@code b} of every target runs before block {@code b + 1} of any, and the target that starts a turn rotates.
 * Within a block the requests are shared among the clients, each client taking the next request number as it
 * finishes the last (closed loop, no think time). Request number {@code i} picks its parameters, so every
 * target sees the same sequence.
 *
 * <p>Why turns: the floor's statements run in the service's JVM too (its embedded database), and that JVM's
 * cost per request drifts. On L, one steady run of {@code regionsPage} cost 1.40 to 1.99 ms of the service's
 * CPU per request from one 10-second window to the next, while a CPU-bound loop on the same machine stayed
 * within 2 %. Measured one after the other, each target met a different part of that drift, and the ratios
 * moved with it (the floor's own p50 for one question moved by half between runs). Taking turns shares the
 * drift between them.
 */
final class Runner {

    /** Fewest requests per client in a block, so that the clients idling at a block's end cost little. */
    static final int MIN_REQUESTS_PER_CLIENT = 10;

    private final int clients;
    private final WarmUp warmUp;
    private final int requests;
    private final int blocks;
    /** The service's compiler threads, or null when the harness cannot see them. */
    private final JitClock jit;

    Runner(int clients, WarmUp warmUp, int requests, int blocks, JitClock jit) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.requests = requests;
        this.blocks = blocks(requests, clients, blocks);
        this.jit = jit;
    }

    /**
     * How many turns {@code requests} are measured in: at most {@code wanted}, and few enough that each block
     * gives every client {@link #MIN_REQUESTS_PER_CLIENT} requests (a block of four slow requests on four clients
     * would be timed by its slowest). One when there are too few requests to share.
     */
    static int blocks(int requests, int clients, int wanted) {
        return Math.max(1, Math.min(wanted, requests / (clients * MIN_REQUESTS_PER_CLIENT)));
    }

    int blocks() {
        return blocks;
    }

    /**
     * Each target's figures over all its blocks ({@code totals}, throughput over the sum of its blocks' wall
     * times) and block by block ({@code blocks.get(b).get(t)}), in the order of the targets given.
     */
    record Comparison(List<Stats> totals, List<List<Stats>> blocks) {
    }

    /** Warms up each target, then measures them in turns. */
    Comparison compare(List<IntFunction<Object>> targets) {
        targets.forEach(this::warmUp);
        return measure(targets);
    }

    /** The measured part of {@link #compare}: the turns, without a warm-up. */
    Comparison measure(List<IntFunction<Object>> targets) {
        int n = targets.size();
        long[][] latencies = new long[n][requests];
        int[] done = new int[n];
        int[] errors = new int[n];
        long[] wall = new long[n];
        List<List<Stats>> perBlock = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            int from = (int) ((long) requests * b / blocks);
            int to = (int) ((long) requests * (b + 1) / blocks);
            Stats[] row = new Stats[n];
            for (int k = 0; k < n; k++) {
                int t = (b + k) % n;
                Block block = block(targets.get(t), from, to);
                if (block.firstError() != null && errors[t] == 0) {
                    System.err.println("  first error: " + block.firstError());
                }
                System.arraycopy(block.latencies(), 0, latencies[t], done[t], block.latencies().length);
                done[t] += block.latencies().length;
                errors[t] += block.errors();
                wall[t] += block.wallNanos();
                row[t] = Stats.of(block.latencies(), block.errors(), block.wallNanos());
            }
            perBlock.add(List.of(row));
        }
        List<Stats> totals = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            totals.add(Stats.of(Arrays.copyOf(latencies[t], done[t]), errors[t], wall[t]));
        }
        return new Comparison(totals, perBlock);
    }

    /**
     * The latencies of the requests of one block that succeeded, its failures, the message of its first failure
     * (null when none) and its wall time.
     */
    private record Block(long[] latencies, int errors, String firstError, long wallNanos) {
    }

    private Block block(IntFunction<Object> call, int from, int to) {
        long[] latencies = new long[to - from];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long wall = onClients(from, i -> i < to, i -> {
            long t0 = System.nanoTime();
            try {
                call.apply(i);
                latencies[done.getAndIncrement()] = System.nanoTime() - t0;
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                firstError.compareAndSet(null, e.getMessage());
            }
        });
        return new Block(Arrays.copyOf(latencies, done.get()), errors.get(), firstError.get(), wall);
    }

    /** Rounds thrown away until {@link WarmUp#steady} says the throughput has settled. */
    private void warmUp(IntFunction<Object> call) {
        long start = System.nanoTime();
        int rounds = 0;
        double previous = 0;
        double share = -1;
        boolean steady = false;
        while (!steady) {
            long jitBefore = jit == null ? -1 : jit.nanos();
            long roundStart = System.nanoTime();
            double rate = warmUp.roundRequests() > 0 ? warmUpRound(call) : 0;
            long jitAfter = jit == null ? -1 : jit.nanos();
            share = jitBefore < 0 || jitAfter < 0 ? -1
                    : (jitAfter - jitBefore) / (double) Math.max(1, System.nanoTime() - roundStart);
            rounds++;
            steady = warmUp.steady(rounds, previous, rate, share, System.nanoTime() - start);
            previous = rate;
        }
        System.out.printf("  (warm-up: %d rounds in %.1f s, last %.0f/s, JIT %s of its time)%n", rounds,
                (System.nanoTime() - start) / 1e9, previous, share < 0 ? "unknown" : "%.3f".formatted(share));
    }

    /** Requests per second of one warm-up round: at least {@code roundRequests} and {@code roundNanos} long. */
    private double warmUpRound(IntFunction<Object> call) {
        long until = System.nanoTime() + warmUp.roundNanos();
        AtomicInteger done = new AtomicInteger();
        long wall = onClients(0, i -> i < warmUp.roundRequests() || System.nanoTime() < until, i -> {
            try {
                call.apply(i);
            } catch (RuntimeException e) {
                // the measured run asks the same questions, and counts and reports its errors
            }
            done.incrementAndGet();
        });
        return done.get() / (wall / 1e9);
    }

    /** Runs request numbers {@code first}, then on, on the clients while {@code more} accepts them; returns the wall time. */
    private long onClients(int first, IntPredicate more, IntConsumer request) {
        AtomicInteger next = new AtomicInteger(first);
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); more.test(i); i = next.getAndIncrement()) {
                        request.accept(i);
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return System.nanoTime() - start;
    }
}
