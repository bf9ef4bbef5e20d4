package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

/**
 * One group of flows. A key is null when its dimension is not grouped by, or when the flows of the group have
 * none (no fund, no region, no campaign, no year).
 *
 * @param regionDepth WITHIN steps below the top of the region's hierarchy (a province is 0)
 */
public record SummaryRow(String sourceType, Map<String, Object> region, String regionLevel, Integer regionDepth,
        Map<String, Object> campaign, Integer year, String flowType, int flowCount, String yuan, boolean complete,
        int maskedCount, int nonMoneyCount, List<Map<String, Object>> flows) {
}
