package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RunnerTest {

    private static final WarmUp NO_WARM_UP = new WarmUp(0, 0, 0, 0.1, 0, 0.03);

    @Test
    void requestsAreMeasuredInTurnsOfBlocksLargeEnoughForEveryClient() {
        assertEquals(10, Runner.blocks(2000, 4, 10), "light kinds: ten turns of 200");
        assertEquals(3, Runner.blocks(120, 4, 10), "each block gives every client ten requests");
        assertEquals(1, Runner.blocks(40, 4, 10), "too few to share: one target after the other");
        assertEquals(1, Runner.blocks(0, 4, 10));
        assertEquals(1, Runner.blocks(2000, 4, 1), "turns can be turned off");
    }

    /** One call: which target and which request number; the list of calls keeps their order. */
    private record Call(int target, int request) {
    }

    @Test
    void everyTargetAsksTheSameRequestsOnceEachAndNoTurnStartsBeforeTheLastEnded() {
        List<Call> calls = Collections.synchronizedList(new ArrayList<>());
        List<IntFunction<Object>> targets = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int target = t;
            targets.add(i -> {
                calls.add(new Call(target, i));
                if (target == 2 && i % 30 == 0) {
                    throw new IllegalStateException("the peer refuses request " + i);
                }
                return null;
            });
        }
        Runner runner = new Runner(2, NO_WARM_UP, 120, 3, null);
        Runner.Comparison comparison = runner.measure(targets);

        assertEquals(3, runner.blocks());
        for (int t = 0; t < 3; t++) {
            int target = t;
            assertEquals(IntStream.range(0, 120).boxed().toList(), calls.stream().filter(c -> c.target() == target)
                    .map(Call::request).sorted().toList(), "target " + t + " asks requests 0 to 119 once each");
        }
        // Turn b holds requests 40b to 40b + 39 of every target, and each target's block runs whole before the next
        // target's: so the calls come in nine runs of 40, in the order of the turns, the first target rotating.
        List<Integer> order = new ArrayList<>();
        for (int run = 0; run < 9; run++) {
            List<Call> block = calls.subList(run * 40, run * 40 + 40);
            int turn = run / 3;
            int target = block.getFirst().target();
            assertTrue(block.stream().allMatch(c -> c.target() == target
                    && c.request() >= turn * 40 && c.request() < turn * 40 + 40), "run " + run + " is one block");
            order.add(target);
        }
        assertEquals(List.of(0, 1, 2, 1, 2, 0, 2, 0, 1), order, "the target that starts a turn rotates");

        assertEquals(3, comparison.blocks().size());
        assertEquals(120, comparison.totals().get(0).requests());
        assertEquals(0, comparison.totals().get(0).errors());
        assertEquals(116, comparison.totals().get(2).requests(), "requests 0, 30, 60 and 90 failed");
        assertEquals(4, comparison.totals().get(2).errors());
        assertEquals(List.of(2, 1, 1), comparison.blocks().stream().map(turn -> turn.get(2).errors()).toList(),
                "each turn's figures are its own");
        assertEquals(40, comparison.blocks().get(1).get(1).requests());
    }

    @Test
    void theTurnByTurnRatiosGiveTheirLowestAndHighest() {
        Stats fast = new Stats(10, 0, 2.0, 4.0, 5.0, 100);
        Stats slow = new Stats(10, 0, 3.0, 6.0, 7.0, 80);
        Stats none = new Stats(0, 10, Double.NaN, Double.NaN, Double.NaN, 0);
        List<List<Stats>> turns = List.of(List.of(slow, fast), List.of(fast, fast), List.of(none, fast));
        assertEquals("1.00–1.50", Report.range(turns, Stats::p50Millis), "a turn without answers is left out");
        assertEquals("0.80–1.00", Report.range(turns, Stats::perSecond));
        assertEquals("–", Report.range(List.of(List.of(none, fast)), Stats::p50Millis));
    }
}
