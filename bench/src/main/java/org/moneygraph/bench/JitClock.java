package org.moneygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time the service's JIT compiler threads have used so far, read from Linux's {@code /proc}. Throughput alone
 * says too little about warmth on two cores: two rounds of a warm-up could agree while C2 still used half a core,
 * and a run measured then was up to four times slower than one measured after it (projectDetail on L: p50 1.7 to
 * 7.6 ms over fresh services, the floor steady at 1.8 to 2.6 ms).
 */
final class JitClock {

    /** Linux reports thread times in clock ticks of 1/100 s ({@code USER_HZ}), whatever the kernel's own rate. */
    static final long NANOS_PER_TICK = 10_000_000;

    private final Path tasks;

    /** @param proc the proc file system ({@code /proc}); @param pid the service's JVM */
    JitClock(Path proc, long pid) {
        this.tasks = proc.resolve(Long.toString(pid)).resolve("task");
    }

    /** A clock for {@code --service-pid}, or null when the option is missing or the process cannot be read. */
    static JitClock of(String pid) {
        if (pid == null || pid.isBlank()) {
            return null;
        }
        JitClock clock = new JitClock(Path.of("/proc"), Long.parseLong(pid.strip()));
        return clock.nanos() < 0 ? null : clock;
    }

    /** Compiler threads' user and system time in nanoseconds, or -1 when no compiler thread could be read. */
    long nanos() {
        long ticks = 0;
        boolean found = false;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    String name = Files.readString(thread.resolve("comm"));
                    if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
                        continue;
                    }
                    ticks += ticks(Files.readString(thread.resolve("stat")));
                    found = true;
                } catch (IOException gone) {
                    // a thread that ended between the listing and the read used no more time
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return found ? ticks * NANOS_PER_TICK : -1;
    }

    /**
     * utime + stime of a {@code stat} line. The thread name (field 2) is in parentheses and may hold spaces, so the
     * fields are counted from the last closing parenthesis: state is field 3, utime 14 and stime 15.
     */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" +");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
