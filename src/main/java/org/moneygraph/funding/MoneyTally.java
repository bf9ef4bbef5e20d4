package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Adds flows up exactly, with BigDecimal, keeping masked and non-money flows apart from the yuan. */
final class MoneyTally {

    private int flowCount;
    private int knownCount;
    private int maskedCount;
    private int nonMoneyCount;
    private BigDecimal yuan = BigDecimal.ZERO;
    private final Map<String, MoneyTally> byType = new HashMap<>();

    MoneyTally add(FlowFacts flow) {
        count(flow);
        byType.computeIfAbsent(flow.flowType(), t -> new MoneyTally()).count(flow);
        return this;
    }

    private void count(FlowFacts flow) {
        flowCount++;
        BigDecimal known = flow.yuan();
        if (known != null) {
            knownCount++;
            yuan = yuan.add(known);
        }
        else if (flow.masked()) {
            maskedCount++;
        }
        else {
            nonMoneyCount++;
        }
    }

    /** Adds what another tally counted, as if its flows had been added here one by one. */
    MoneyTally add(MoneyTally other) {
        absorb(other);
        other.byType.forEach((type, t) -> byType.computeIfAbsent(type, k -> new MoneyTally()).absorb(t));
        return this;
    }

    private void absorb(MoneyTally other) {
        flowCount += other.flowCount;
        knownCount += other.knownCount;
        maskedCount += other.maskedCount;
        nonMoneyCount += other.nonMoneyCount;
        yuan = yuan.add(other.yuan);
    }

    int flowCount() {
        return flowCount;
    }

    int maskedCount() {
        return maskedCount;
    }

    int nonMoneyCount() {
        return nonMoneyCount;
    }

    /** The known sum, or null when no flow has a known amount: an all-masked set must not read as 0. */
    BigDecimal known() {
        return knownCount == 0 ? null : yuan;
    }

    String yuan() {
        return FlowFacts.plain(known());
    }

    String yuanOf(String flowType) {
        MoneyTally type = byType.get(flowType);
        return type == null ? null : type.yuan();
    }

    /** True when every flow counted has a known amount, so the sum is whole. */
    boolean whole() {
        return flowCount > 0 && knownCount == flowCount;
    }

    MoneyTotals totals() {
        return new MoneyTotals(flowCount, yuan(), maskedCount == 0, knownCount, maskedCount, nonMoneyCount, byFlowType());
    }

    List<FlowTypeTotal> byFlowType() {
        List<FlowTypeTotal> totals = new ArrayList<>();
        for (String type : FlowFacts.FLOW_TYPES) {
            MoneyTally t = byType.get(type);
            if (t != null) {
                totals.add(new FlowTypeTotal(type, t.flowCount, t.yuan(), t.maskedCount, t.nonMoneyCount));
            }
        }
        return totals;
    }

    static MoneyTally of(Iterable<FlowFacts> flows) {
        MoneyTally tally = new MoneyTally();
        flows.forEach(tally::add);
        return tally;
    }
}
