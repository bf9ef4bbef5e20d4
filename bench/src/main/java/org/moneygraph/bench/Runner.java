package org.moneygraph.bench;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Runs one query kind against one target at fixed concurrency: a warm-up that is thrown away (rounds until the
 * throughput is steady, see {@link WarmUp}), then a fixed number of requests shared among the clients, each
 * client taking the next request number as it finishes the last (closed loop, no think time). Request number
 * {@code i} picks its parameters, so every target sees the same sequence.
 */
final class Runner {

    private final int clients;
    private final WarmUp warmUp;
    private final int requests;
    /** The service's compiler threads, or null when the harness cannot see them. */
    private final JitClock jit;

    Runner(int clients, WarmUp warmUp, int requests, JitClock jit) {
        this.clients = clients;
        this.warmUp = warmUp;
        this.requests = requests;
        this.jit = jit;
    }

    Stats run(IntFunction<Object> call) {
        warmUp(call);
        long[] latencies = new long[requests];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long wall = onClients(i -> i < requests, i -> {
            long t0 = System.nanoTime();
            try {
                call.apply(i);
                latencies[done.getAndIncrement()] = System.nanoTime() - t0;
            } catch (RuntimeException e) {
                if (errors.getAndIncrement() == 0) {
                    System.err.println("  first error: " + e.getMessage());
                }
            }
        });
        return Stats.of(Arrays.copyOf(latencies, done.get()), errors.get(), wall);
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
        long wall = onClients(i -> i < warmUp.roundRequests() || System.nanoTime() < until, i -> {
            try {
                call.apply(i);
            } catch (RuntimeException e) {
                // the measured run asks the same questions, and counts and reports its errors
            }
            done.incrementAndGet();
        });
        return done.get() / (wall / 1e9);
    }

    /** Runs request numbers 0, 1, 2, … on the clients while {@code more} accepts them; returns the wall time. */
    private long onClients(IntPredicate more, IntConsumer request) {
        AtomicInteger next = new AtomicInteger();
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
