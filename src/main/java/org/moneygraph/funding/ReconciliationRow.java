package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Quantity;

/**
 * In against out for one node.
 *
 * @param statedAmount a fund's own amount, which stands as its in
 * @param ins          the flows into the node that the reconciliation counts
 * @param outs         the flows out of it that the reconciliation counts
 * @param inYuan       what the node had: a fund's stated amount, else its inflows; null unless fully known
 * @param outYuan      what it gave out; null when an outflow is masked
 * @param retained     in − out: kept, or not accounted for; null when either side is not fully known
 */
public record ReconciliationRow(Map<String, Object> node, Quantity statedAmount, List<FlowFacts> ins,
        List<FlowFacts> outs, String inYuan, String outYuan, String retained) {

    /**
     * Money received, summed when asked: a county's 1,700 rows each tally their sides by flow type, which a
     * request for the balances alone does not show.
     */
    public FlowSide inflow() {
        return FlowSide.of(ins);
    }

    /** Money given out, summed when asked. */
    public FlowSide outflow() {
        return FlowSide.of(outs);
    }
}
