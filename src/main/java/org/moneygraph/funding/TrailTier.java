package org.moneygraph.funding;

import java.util.List;

/** The hops at one depth of a money trail, with their sums. */
public record TrailTier(int depth, MoneyTotals totals, List<MoneyHop> hops) {
}
