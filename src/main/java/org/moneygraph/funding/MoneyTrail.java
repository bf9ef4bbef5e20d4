package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

/**
 * Where money went from a node, or where it came from, tier by tier.
 *
 * @param truncated more flows exist beyond {@code maxDepth}; null when the request does not show it, since finding
 *                  out reads every flow leaving the last tier
 * @param revisits  hops that reached a node already on the trail, which was therefore not expanded again
 * @param cyclesCut of those, the hops that led back to a node on their own path: loops that were cut
 */
public record MoneyTrail(Map<String, Object> start, TrailDirection direction, int maxDepth, List<String> types,
        List<TrailTier> tiers, MoneyTotals totals, Boolean truncated, int revisits, int cyclesCut) {
}
