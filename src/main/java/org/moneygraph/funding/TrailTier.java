package org.moneygraph.funding;

import java.util.List;

/**
 * The hops at one depth of a money trail, with their sums.
 *
 * @param read what the walk read of each hop; a page that shows more reads it for its own hops only
 */
public record TrailTier(int depth, MoneyTotals totals, List<MoneyHop> hops, MoneyTrailService.Needs read) {
}
