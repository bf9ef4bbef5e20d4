package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.moneygraph.graph.Quantity;

/** How actual figures stand against targets, without a database. */
class ComparisonTest {

    private static Quantity figure(String text) {
        return Quantity.parse(text, null, null, null, null, null);
    }

    @Test
    void belowTargetGivesTheExactRatio() {
        Comparison s216 = Comparison.of(figure("22%"), figure("35%"));
        assertThat(s216.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(s216.ratio()).isEqualTo(22.0 / 35);
        assertThat(s216.below()).isTrue();
    }

    @Test
    void reachingTheTargetIsMetEvenWhenAbove() {
        assertThat(Comparison.of(figure("1条"), figure("1条")).status()).isEqualTo(TargetStatus.MET);
        assertThat(Comparison.of(figure("3亿元"), figure("2亿元")).ratio()).isEqualTo(1.5);
    }

    @Test
    void aMaskedFigureIsNeverCompared() {
        Comparison masked = Comparison.of(figure("2x名"), figure("30名"));
        assertThat(masked.status()).isEqualTo(TargetStatus.MASKED);
        assertThat(masked.ratio()).isNull();
        assertThat(Comparison.of(figure("30名"), figure("xx名")).status()).isEqualTo(TargetStatus.MASKED);
    }

    @Test
    void missingFiguresAndDifferentUnitsSayWhy() {
        assertThat(Comparison.of(figure("7处"), null).status()).isEqualTo(TargetStatus.NO_TARGET);
        assertThat(Comparison.of(null, figure("70%")).status()).isEqualTo(TargetStatus.NO_ACTUAL);
        assertThat(Comparison.of(figure("7处"), figure("70%")).status()).isEqualTo(TargetStatus.INCOMPARABLE);
        assertThat(Comparison.of(figure("7处"), figure("70%")).ratio()).isNull();
    }

    @Test
    void aZeroTargetHasNoRatio() {
        assertThat(Comparison.of(figure("0个"), figure("0个")).ratio()).isNull();
        assertThat(Comparison.of(figure("0个"), figure("0个")).status()).isEqualTo(TargetStatus.MET);
    }
}
