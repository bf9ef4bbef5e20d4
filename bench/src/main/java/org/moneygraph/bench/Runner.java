package org.moneygraph.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs one query kind against one target at fixed concurrency: a warm-up that is thrown away, then a fixed
 * number of requests shared among the clients, each client taking the next request number as it finishes
 * the last (closed loop, no think time). Request number {@code i} picks its parameters, so every target sees
 * the same sequence.
 */
final class Runner {

    private final int clients;
    private final int warmup;
    private final int requests;

    Runner(int clients, int warmup, int requests) {
        this.clients = clients;
        this.warmup = warmup;
        this.requests = requests;
    }

    Stats run(IntFunction<Object> call) {
        measure(call, warmup);
        return measure(call, requests);
    }

    private Stats measure(IntFunction<Object> call, int count) {
        long[] latencies = new long[count];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            call.apply(i);
                            latencies[done.getAndIncrement()] = System.nanoTime() - t0;
                        } catch (RuntimeException e) {
                            if (errors.getAndIncrement() == 0) {
                                System.err.println("  first error: " + e.getMessage());
                            }
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long wall = System.nanoTime() - start;
        return Stats.of(java.util.Arrays.copyOf(latencies, done.get()), errors.get(), wall);
    }
}
