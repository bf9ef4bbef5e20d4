package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReportTest {

    private static final Stats ANSWERED = Stats.of(new long[] {2_000_000, 4_000_000, 6_000_000}, 0, 1_000_000_000);
    private static final Stats FAILED = Stats.of(new long[0], 8, 1_000_000_000);

    @Test
    void aTargetThatAnsweredNothingHasNoRatioAndNoLatencies() {
        Bench.Result summary = new Bench.Result("fundSummary", new Agreement("same", "n/a"), FAILED, ANSWERED, null,
                List.of(List.of(FAILED, ANSWERED)));
        Bench.Result detail = new Bench.Result("projectDetail", new Agreement("same", "same"), ANSWERED, ANSWERED,
                ANSWERED, List.of(List.of(ANSWERED, ANSWERED, ANSWERED)));
        String md = Report.markdown("L", "- Data: `L`", List.of(summary, detail));
        assertFalse(md.contains("NaN"), md);
        assertTrue(md.contains("| fundSummary | – | – | – | – |"), md);
        assertTrue(md.contains("| fundSummary | all 8 failed | 0 | 4.00 / 6.00 / 6.00 | 3 | – | – | 8/0/– |"), md);
        assertTrue(md.contains("| projectDetail | 1.00 | 1.00 | 1.00 | 1.00 |"), md);
        String csv = Report.csv(List.of(summary));
        assertFalse(csv.contains("NaN"), csv);
        assertTrue(csv.contains("fundSummary,ours,0,8,,,,0.0\n"), csv);
        assertTrue(csv.contains("fundSummary,floor,3,0,4.000,6.000,6.000,3.0\n"), csv);
    }

    @Test
    void aRatioNeedsAnswersOnBothSides() {
        Stats twoMillis = Stats.of(new long[] {2_000_000}, 0, 1);
        Stats fourMillis = Stats.of(new long[] {4_000_000}, 0, 1);
        assertEquals("0.50", Report.ratio(twoMillis, fourMillis, Stats::p50Millis));
        assertEquals("–", Report.ratio(ANSWERED, FAILED, Stats::p50Millis));
        assertEquals("–", Report.ratio(ANSWERED, null, Stats::p50Millis));
    }
}
