package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Quantity;

/**
 * One flow on a money trail. Graph nodes travel as maps so clients can select any of their fields.
 *
 * @param branchNodeId the node this hop branches from: downstream the giver (the fund itself for a fund's entry
 *                     flows), upstream the receiver; {@code share} is taken among the hops of one branch node
 * @param revisit      the node this hop leads to had been reached already, so the trail does not expand it again
 */
public record MoneyHop(int depth, Map<String, Object> flow, Map<String, Object> from, Map<String, Object> to,
        Map<String, Object> fund, Quantity amount, String flowType, FlowPeriod period, String purpose, Double share,
        String branchNodeId, boolean revisit, List<Map<String, Object>> sources) {
}
