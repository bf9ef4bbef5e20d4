package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

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
        var warmUp = new WarmUp(100, 5_000 * MS, 3, 0.1, 60_000 * MS);
        assertFalse(warmUp.steady(1, 0, 250, MS), "one round has nothing to agree with");
        assertFalse(warmUp.steady(2, 250, 255, MS), "fewer rounds than the minimum");
        assertFalse(warmUp.steady(3, 550, 990, MS), "still speeding up: the compiler is at work");
        assertTrue(warmUp.steady(3, 950, 990, MS), "within 10 %");
        assertTrue(warmUp.steady(3, 990, 910, MS), "a slower round within 10 % is steady too");
        assertTrue(warmUp.steady(1, 0, 250, 60_000 * MS), "time is up");
        assertTrue(new WarmUp(0, 5_000 * MS, 3, 0.1, 60_000 * MS).steady(1, 0, 0, 0), "no warm-up asked");
    }

    @Test
    void theWarmUpOptionsHaveTheirDefaultsAndAreDescribedAsGiven() {
        assertEquals(new WarmUp(100, 5_000 * MS, 3, 0.1, 60_000 * MS), WarmUp.of(Map.of()));
        WarmUp given = WarmUp.of(Map.of("warmup", "4", "warmup-round-seconds", "2.5", "warmup-rounds", "5",
                "warmup-tolerance", "0.05", "warmup-max-seconds", "30"));
        assertEquals(new WarmUp(4, 2_500 * MS, 5, 0.05, 30_000 * MS), given);
        assertEquals("warm-up in rounds of at least 4 requests and 2.5 s until two in a row are within 0.05 of each "
                + "other in throughput (at least 5 rounds, at most 30.0 s)", given.describe());
    }
}
