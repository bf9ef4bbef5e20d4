package org.moneygraph.funding;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The money coming into a node, or going out of it. The sums and counts cover money that moved; REQUESTED and
 * PLANNED flows are intentions, counted in {@code intendedCount} and {@code byFlowType} but not in {@code yuan}.
 * The flows come in ID order, so the same graph always lists them alike, whichever way the database found them.
 */
public record FlowSide(String yuan, boolean complete, int flowCount, int maskedCount, int nonMoneyCount,
        int intendedCount, String allocated, String transferred, String disbursed, String spent,
        List<FlowTypeTotal> byFlowType, List<Map<String, Object>> flows) {

    static FlowSide of(List<FlowFacts> flows) {
        MoneyTally moved = new MoneyTally();
        MoneyTally all = new MoneyTally();
        int intended = 0;
        for (FlowFacts flow : flows) {
            all.add(flow);
            if (flow.intended()) {
                intended++;
            }
            else {
                moved.add(flow);
            }
        }
        return new FlowSide(moved.yuan(), moved.maskedCount() == 0, moved.flowCount(), moved.maskedCount(),
                moved.nonMoneyCount(), intended, moved.yuanOf("ALLOCATED"), moved.yuanOf("TRANSFERRED"),
                moved.yuanOf("DISBURSED"), moved.yuanOf("SPENT"), all.byFlowType(),
                flows.stream().sorted(Comparator.comparing(FlowFacts::id)).map(FlowFacts::node).toList());
    }
}
