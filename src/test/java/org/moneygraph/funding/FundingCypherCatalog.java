package org.moneygraph.funding;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every Cypher constant of the money queries, with realistic parameters to EXPLAIN it with. */
final class FundingCypherCatalog {

    record Example(String cypher, Map<String, Object> parameters) {
    }

    private FundingCypherCatalog() {
    }

    static Map<String, Example> examples() {
        Map<String, Object> start = new HashMap<>();
        start.put("id", "Fund:001-fund-bond");
        start.put("frontier", List.of(item("Fund:001-fund-bond", null)));
        start.put("types", null);
        start.put("withSources", true);
        start.put("withFlows", false);
        start.put("withFacts", false);
        Map<String, Object> tier = new HashMap<>();
        tier.put("frontier", List.of(item("Region:001-city", "Fund:001-fund-bond"), item("Region:001-counties", null)));
        tier.put("types", List.of("ALLOCATED", "TRANSFERRED"));
        tier.put("withSources", true);
        tier.put("withFlows", true);
        tier.put("withFacts", true);
        Map<String, Object> finish = new HashMap<>(tier);
        finish.put("probe", true);
        finish.put("visited", List.of("FundFlow:001-flow-bond-prov"));
        finish.put("ends", List.of("Region:001-city", "Fund:001-fund-bond"));
        Map<String, Example> examples = new LinkedHashMap<>();
        examples.put("DOWNSTREAM_START", new Example(MoneyTrailQueries.DOWNSTREAM_START, start));
        examples.put("UPSTREAM_START", new Example(MoneyTrailQueries.UPSTREAM_START, start));
        examples.put("DOWNSTREAM_TIER", new Example(MoneyTrailQueries.DOWNSTREAM_TIER, tier));
        examples.put("UPSTREAM_TIER", new Example(MoneyTrailQueries.UPSTREAM_TIER, tier));
        examples.put("DOWNSTREAM_FINISH", new Example(MoneyTrailQueries.DOWNSTREAM_FINISH, finish));
        examples.put("UPSTREAM_FINISH", new Example(MoneyTrailQueries.UPSTREAM_FINISH, finish));
        examples.put("DETAILS", new Example(MoneyTrailQueries.DETAILS, Map.of("flows",
                List.of("FundFlow:001-flow-bond-prov"), "ends", List.of("Region:001-city", "Fund:001-fund-bond"),
                "withSources", true)));
        examples.put("RECONCILIATION", new Example(ReconciliationQueries.RECONCILIATION, Map.of("scope",
                "Region:003-tongjiang", "withSources", true, "withFlows", true, "withNodes", true)));
        examples.put("RECONCILIATION_WITHOUT_FLAGS", new Example(ReconciliationQueries.RECONCILIATION_WITHOUT_FLAGS,
                Map.of("scope", "Region:003-tongjiang", "withSources", false, "withFlows", false, "withNodes", false)));
        Map<String, Object> balances = new HashMap<>();
        balances.put("scope", "Region:003-tongjiang");
        balances.put("year", 2024);
        balances.put("intended", List.of("REQUESTED", "PLANNED"));
        balances.put("withSources", false);
        balances.put("withNodes", false);
        examples.put("BALANCES_ONLY", new Example(ReconciliationQueries.BALANCES_ONLY, balances));
        examples.put("SUMMARY_SCOPED", new Example(FundSummaryQueries.SUMMARY_SCOPED, Map.of("scope",
                "Region:003-tongjiang", "withSources", true, "withFlows", true)));
        examples.put("SUMMARY_ALL", new Example(FundSummaryQueries.SUMMARY_ALL,
                Map.of("withSources", true, "withFlows", false)));
        examples.put("SUMMARY_KEYS", new Example(FundSummaryQueries.SUMMARY_KEYS, Map.of("scope",
                "Region:003-tongjiang", "withSources", true, "regionIds", List.of("Region:003-tongjiang"),
                "projectIds", List.of("Project:000-s216-highway"))));
        return examples;
    }

    private static Map<String, Object> item(String node, String fund) {
        Map<String, Object> item = new HashMap<>();
        item.put("node", node);
        item.put("funds", fund == null ? null : List.of(fund));
        return item;
    }
}
