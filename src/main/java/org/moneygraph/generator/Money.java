package org.moneygraph.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

/**
 * Amounts with a realistic skew: log-normal around a mean, so most are small and a few are large. Each is
 * written as a report writes it (万元 or 亿元 with two decimals), and its exact value is what that text says.
 */
final class Money {

    record Figure(String text, String value, Double number, String unit, boolean masked) {
    }

    private Money() {
    }

    /** A log-normal amount in yuan whose expected value is {@code mean}. */
    static double lognormal(SplittableRandom random, double mean, double sigma) {
        return mean * Math.exp(sigma * gaussian(random) - sigma * sigma / 2);
    }

    static Figure yuan(double amount) {
        boolean yi = amount >= 1e8;
        BigDecimal shown = BigDecimal.valueOf(amount / (yi ? 1e8 : 1e4)).setScale(2, RoundingMode.HALF_UP);
        if (shown.signum() == 0) {
            shown = new BigDecimal("0.01");
        }
        BigDecimal value = shown.multiply(BigDecimal.valueOf(yi ? 100_000_000L : 10_000L)).setScale(0,
                RoundingMode.UNNECESSARY);
        return new Figure(shown.toPlainString() + (yi ? "亿元" : "万元"), value.toPlainString(), value.doubleValue(),
                "元", false);
    }

    /** The same figure with its last whole digit hidden, as in {@code 1x万元}: no value. */
    static Figure masked(Figure figure) {
        String text = figure.text();
        int dot = text.indexOf('.');
        String hidden = text.substring(0, dot - 1) + "x" + text.substring(text.length() - 2);
        return new Figure(hidden, null, null, figure.unit(), true);
    }

    static Figure count(long count, String unit) {
        return new Figure(count + unit, Long.toString(count), (double) count, unit, false);
    }

    // Box–Muller by hand, so that the amounts do not depend on the JDK's choice of Gaussian algorithm.
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
