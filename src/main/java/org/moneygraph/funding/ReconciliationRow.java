package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Quantity;

/**
 * In against out for one node.
 *
 * @param statedAmount a fund's own amount, which stands as its in
 * @param ins          the flows into the node that the reconciliation counts; null when read for the balances only
 * @param outs         the flows out of it that the reconciliation counts; null when read for the balances only
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
        return FlowSide.of(read(ins));
    }

    /** Money given out, summed when asked. */
    public FlowSide outflow() {
        return FlowSide.of(read(outs));
    }

    /** A row made for the balances alone has no flows; asking it for a side is a bug, not an empty side. */
    private static List<FlowFacts> read(List<FlowFacts> flows) {
        if (flows == null) {
            throw new IllegalStateException("the row was read for its balances only; its flows were not read");
        }
        return flows;
    }
}
