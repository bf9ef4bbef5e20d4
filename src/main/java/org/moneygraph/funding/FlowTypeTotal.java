package org.moneygraph.funding;

/** Sums of the flows of one flow type; {@code yuan} is null when none of them has a known amount. */
public record FlowTypeTotal(String flowType, int flowCount, String yuan, int maskedCount, int nonMoneyCount) {
}
