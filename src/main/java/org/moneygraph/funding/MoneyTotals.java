package org.moneygraph.funding;

import java.util.List;

/**
 * Sums of a set of flows, each flow counted once: the known yuan, and apart from it the flows whose amount is
 * masked or not money.
 *
 * @param yuan     exact sum of the known amounts as a decimal string; null when no flow has a known amount
 * @param complete no money flow in the set is masked, so {@code yuan} is the whole sum, not a lower bound
 */
public record MoneyTotals(int flowCount, String yuan, boolean complete, int knownCount, int maskedCount,
        int nonMoneyCount, List<FlowTypeTotal> byFlowType) {
}
