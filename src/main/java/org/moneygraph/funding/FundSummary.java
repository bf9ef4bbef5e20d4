package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

/** Sums of fund flows grouped by the dimensions asked, plus the grand total with each flow once. */
public record FundSummary(Map<String, Object> scope, List<SummaryDimension> groupBy, List<SummaryRow> rows,
        MoneyTotals totals) {
}
