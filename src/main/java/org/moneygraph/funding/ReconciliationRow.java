package org.moneygraph.funding;

import java.util.Map;

import org.moneygraph.graph.Quantity;

/**
 * In against out for one node.
 *
 * @param statedAmount a fund's own amount, which stands as its in
 * @param inYuan       what the node had: a fund's stated amount, else its inflows; null unless fully known
 * @param outYuan      what it gave out; null when an outflow is masked
 * @param retained     in − out: kept, or not accounted for; null when either side is not fully known
 */
public record ReconciliationRow(Map<String, Object> node, Quantity statedAmount, FlowSide inflow, FlowSide outflow,
        String inYuan, String outYuan, String retained) {
}
