package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

/**
 * In against out for every node under a scope, with flags.
 *
 * @param flags    what does not add up; null when the request did not ask (the balances alone)
 * @param totals   the flows of the scope that moved money, each counted once; null when not asked
 * @param intended the REQUESTED and PLANNED flows of the scope, kept apart; null when not asked
 */
public record Reconciliation(Map<String, Object> scope, Integer year, List<ReconciliationRow> rows,
        List<ReconciliationFlag> flags, MoneyTotals totals, MoneyTotals intended) {
}
