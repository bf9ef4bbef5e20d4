package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankOnObservedValues() {
        long[] latencies = new long[100];
        for (int i = 0; i < 100; i++) {
            latencies[i] = (100 - i) * MS; // 100 ms down to 1 ms, unsorted on purpose
        }
        Stats stats = Stats.of(latencies, 2, 4_000 * MS);
        assertEquals(50.0, stats.p50Millis());
        assertEquals(95.0, stats.p95Millis());
        assertEquals(99.0, stats.p99Millis());
        assertEquals(100, stats.requests());
        assertEquals(2, stats.errors());
        assertEquals(25.0, stats.perSecond(), 1e-9); // 100 requests in 4 s
    }

    @Test
    void smallSamplesTakeTheValueAtOrAboveTheRank() {
        long[] sorted = {10, 20, 30};
        assertEquals(20, Stats.percentile(sorted, 50));
        assertEquals(30, Stats.percentile(sorted, 95));
        assertEquals(10, Stats.percentile(sorted, 1));
    }

    @Test
    void differentlyShapedAnswersAgreeOnTheirKeyFields() {
        var graphQl = Map.of("moneyTrail", Map.of("totals", Map.of("yuan", "30842000000"),
                "tiers", List.of(Map.of("hops", List.of(Map.of("flow", Map.of("id", "F:1"), "to", Map.of("id", "R:2")))))));
        var cypher = List.of(Map.of("id", "F:1", "to", Map.of("id", "R:2"), "yuan", 3.0842E10));
        assertEquals(Answers.key(graphQl, Set.of("id", "yuan")), Answers.key(cypher, Set.of("id", "yuan")));
        assertEquals(List.of("id=F:1", "id=R:2", "yuan=30842000000"), Answers.key(cypher, Set.of("id", "yuan")));
    }

    @Test
    void aDifferenceNamesWhatIsMissingAndWhatIsExtra() {
        assertEquals("differs for {}: missing [id=b], extra [id=c]",
                Agreement.compare(List.of("id=a", "id=b"), List.of("id=a", "id=c"), Map.of()));
    }

    @Test
    void aWarmUpEndsWhenTwoRoundsInARowAgreeOrItsTimeIsUp() {
        var warmUp = new WarmUp(100, 5_000 * MS, 3, 0.1, 60_000 * MS, 0.03);
        assertFalse(warmUp.steady(1, 0, 250, -1, MS), "one round has nothing to agree with");
        assertFalse(warmUp.steady(2, 250, 255, -1, MS), "fewer rounds than the minimum");
        assertFalse(warmUp.steady(3, 550, 990, -1, MS), "still speeding up: the compiler is at work");
        assertTrue(warmUp.steady(3, 950, 990, -1, MS), "within 10 %");
        assertTrue(warmUp.steady(3, 990, 910, -1, MS), "a slower round within 10 % is steady too");
        assertTrue(warmUp.steady(1, 0, 250, -1, 60_000 * MS), "time is up");
        assertTrue(new WarmUp(0, 5_000 * MS, 3, 0.1, 60_000 * MS, 0.03).steady(1, 0, 0, -1, 0), "no warm-up asked");
    }

    @Test
    void aWarmUpWaitsForTheCompilerWhenItCanSeeIt() {
        var warmUp = new WarmUp(100, 5_000 * MS, 3, 0.1, 60_000 * MS, 0.03);
        assertFalse(warmUp.steady(3, 950, 990, 0.5, MS), "the rounds agree but C2 used half a core");
        assertFalse(warmUp.steady(3, 950, 990, 0.031, MS), "just over the share");
        assertTrue(warmUp.steady(3, 950, 990, 0.03, MS), "at the share");
        assertTrue(warmUp.steady(3, 950, 990, 0.0, MS), "the compiler is done");
        assertFalse(warmUp.steady(3, 550, 990, 0.0, MS), "a quiet compiler does not make unequal rounds steady");
        assertTrue(warmUp.steady(3, 950, 990, 0.5, 60_000 * MS), "time is up whatever the compiler does");
    }

    @Test
    void theJitClockAddsTheCompilerThreadsTimesOfTheProcess(@TempDir Path proc) throws IOException {
        thread(proc, 1, "java", "(java) S 1 1 1 0 -1 4194560 10 0 0 0 900 100 0 0 20 0 40 0 1 0 0");
        thread(proc, 2, "C2 CompilerThre", "(C2 CompilerThre) S 1 1 1 0 -1 4194368 5 0 0 0 120 3 0 0 20 0 40 0 1 0 0");
        thread(proc, 3, "C1 CompilerThre", "(C1 CompilerThre) R 1 1 1 0 -1 4194368 5 0 0 0 40 2 0 0 20 0 40 0 1 0 0");
        thread(proc, 4, "http-nio-1 (x)", "(http-nio-1 (x)) S 1 1 1 0 -1 4194368 5 0 0 0 700 9 0 0 20 0 40 0 1 0 0");
        assertEquals((120 + 3 + 40 + 2) * 10 * MS, new JitClock(proc, 7).nanos(), "ticks of 10 ms, C1 and C2 only");
        assertEquals(709, JitClock.ticks("7 (http-nio-1 (x)) S 1 1 1 0 -1 4194368 5 0 0 0 700 9 0 0 20"),
                "a name with spaces and parentheses");
        assertEquals(-1, new JitClock(proc, 8).nanos(), "no such process");
        assertEquals(null, JitClock.of(null));
    }

    private static void thread(Path proc, int tid, String name, String stat) throws IOException {
        Path dir = Files.createDirectories(proc.resolve("7/task/" + tid));
        Files.writeString(dir.resolve("comm"), name + "\n");
        Files.writeString(dir.resolve("stat"), tid + " " + stat + "\n");
    }

    @Test
    void theWarmUpOptionsHaveTheirDefaultsAndAreDescribedAsGiven() {
        assertEquals(new WarmUp(100, 5_000 * MS, 3, 0.1, 300_000 * MS, 0.03), WarmUp.of(Map.of()));
        WarmUp given = WarmUp.of(Map.of("warmup", "4", "warmup-round-seconds", "2.5", "warmup-rounds", "5",
                "warmup-tolerance", "0.05", "warmup-max-seconds", "30", "warmup-jit-share", "0.01"));
        assertEquals(new WarmUp(4, 2_500 * MS, 5, 0.05, 30_000 * MS, 0.01), given);
        assertEquals("warm-up in rounds of at least 4 requests and 2.5 s until two in a row are within 0.05 of each "
                + "other in throughput (at least 5 rounds, at most 30.0 s) and the service's JIT compiler threads "
                + "used at most 0.01 of the last round's time", given.describe(true));
        assertTrue(given.describe(false).endsWith("at most 30.0 s); the service's JIT compiler threads were not watched"));
    }
}
