package org.moneygraph.progress;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

import org.moneygraph.graph.Quantity;

/**
 * An actual figure against its target. A masked figure is never compared: reading {@code 2x名} as a number
 * would put a figure in the report's mouth, so the pair is MASKED and has no ratio.
 */
record Comparison(TargetStatus status, Double ratio) {

    static Comparison of(Quantity actual, Quantity target) {
        if (target == null) {
            return new Comparison(TargetStatus.NO_TARGET, null);
        }
        if (actual == null) {
            return new Comparison(TargetStatus.NO_ACTUAL, null);
        }
        if (actual.masked() || target.masked() || actual.value() == null || target.value() == null) {
            return new Comparison(TargetStatus.MASKED, null);
        }
        if (!Objects.equals(actual.unit(), target.unit())) {
            return new Comparison(TargetStatus.INCOMPARABLE, null);
        }
        TargetStatus status = actual.value().compareTo(target.value()) >= 0 ? TargetStatus.MET : TargetStatus.BELOW_TARGET;
        return new Comparison(status, ratio(actual.value(), target.value()));
    }

    /** Part ÷ whole of two known figures in the same unit; null otherwise. */
    static Double ratio(Quantity part, Quantity whole) {
        if (part == null || whole == null || part.value() == null || whole.value() == null
                || !Objects.equals(part.unit(), whole.unit())) {
            return null;
        }
        return ratio(part.value(), whole.value());
    }

    static Double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    boolean below() {
        return status == TargetStatus.BELOW_TARGET;
    }
}
