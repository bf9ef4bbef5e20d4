package org.moneygraph.funding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Sums fund flows by source type, region, campaign, year and flow type. One round trip; the grouping is done
 * here so a flow that belongs to several regions or campaigns is counted once in each of their rows and once
 * in the grand total.
 */
@Service
class FundSummaryService {

    static final Set<String> SCOPE_TYPES = Set.of("Region", "Fund", "Organization", "Campaign");
    private static final List<String> SOURCE_TYPES = List.of("CENTRAL_BUDGET", "SPECIAL_BOND", "TREASURY_BOND",
            "SUBSIDY", "ASSISTANCE_FUND", "SOCIAL_CAPITAL", "LOAN", "CREDIT_LINE", "FISCAL_BUDGET", "CHARITY_FUND",
            "INSURANCE", "POLICY_FUND", "OTHER");

    private final GraphReader reader;

    FundSummaryService(GraphReader reader) {
        this.reader = reader;
    }

    /** A region a flow counts in, with its depth below the top of its hierarchy. */
    private record RegionKey(String id, int depth) {
    }

    /** The keys of one row, in the order of the dimensions asked; a missing key is null. */
    private record RowKey(List<Object> values) {
    }

    /**
     * What a flow is grouped by as the database gives it, before its regions are read up their chains and its
     * project up to its campaigns. Only the parts the request needs are set, so flows that end in the same rows
     * share one key: a province's million flows make a few thousand keys.
     */
    private record FlowKey(String sourceType, Integer year, String flowType, List<String> regions, String project) {
    }

    private static final class Group {
        private final MoneyTally tally = new MoneyTally();
        private final List<Map<String, Object>> flows = new ArrayList<>();
    }

    /**
     * @param withFlows   whether the request selects the rows' flows; without them each flow is summed and
     *                    forgotten, and only a few of its properties are read
     * @param withSources whether the request selects sources anywhere in the summary; they cost reads per node
     */
    @SuppressWarnings("unchecked")
    FundSummary summarize(String scopeId, List<SummaryDimension> groupBy, boolean withFlows, boolean withSources) {
        List<SummaryDimension> dimensions = groupBy == null ? List.of() : List.copyOf(new LinkedHashSet<>(groupBy));
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("scope", scopeId);
        parameters.put("withSources", withSources);
        parameters.put("withFlows", withFlows);
        Map<FlowKey, Group> byFlowKey = new LinkedHashMap<>();
        Map<String, Object> answer = reader.readTransaction(reads -> {
            reads.each(scopeId == null ? FundSummaryQueries.SUMMARY_ALL : FundSummaryQueries.SUMMARY_SCOPED,
                    parameters, row -> {
                        FlowFacts flow = new FlowFacts((Map<String, Object>) row.get("flow"),
                                (String) row.get("fundId"), null, null);
                        FlowKey key = keyOf(row, flow, dimensions, scopeId != null);
                        Group group = byFlowKey.computeIfAbsent(key, k -> new Group());
                        group.tally.add(flow);
                        if (withFlows) {
                            group.flows.add(flow.node());
                        }
                    });
            Set<String> regionIds = new LinkedHashSet<>();
            Set<String> projectIds = new LinkedHashSet<>();
            byFlowKey.keySet().forEach(k -> {
                if (k.regions() != null) {
                    regionIds.addAll(k.regions());
                }
                if (k.project() != null) {
                    projectIds.add(k.project());
                }
            });
            parameters.put("regionIds", List.copyOf(regionIds));
            parameters.put("projectIds", List.copyOf(projectIds));
            return reads.run(FundSummaryQueries.SUMMARY_KEYS, parameters).getFirst();
        });
        if (scopeId != null) {
            if (answer.get("scopeType") == null) {
                throw new NotFoundException("scope", "No node has the ID " + scopeId);
            }
            if (!SCOPE_TYPES.contains(answer.get("scopeType"))) {
                throw new InvalidInputException("scope", "must be a Region, Fund, Organization or Campaign, not a "
                        + answer.get("scopeType"));
            }
        }
        boolean regionScope = "Region".equals(answer.get("scopeType"));
        Map<String, List<String>> chains = new HashMap<>();
        ((List<Map<String, Object>>) answer.get("chains"))
                .forEach(c -> chains.put((String) c.get("region"), (List<String>) c.get("chain")));
        Map<String, Map<String, Object>> regions = byId((List<Map<String, Object>>) answer.get("regions"));
        Map<String, Map<String, Object>> campaigns = byId((List<Map<String, Object>>) answer.get("campaigns"));
        Map<String, List<String>> projectCampaigns = new HashMap<>();
        ((List<Map<String, Object>>) answer.get("projects"))
                .forEach(p -> projectCampaigns.put((String) p.get("project"), (List<String>) p.get("campaigns")));

        MoneyTally total = new MoneyTally();
        Map<RowKey, Group> groups = new HashMap<>();
        byFlowKey.forEach((flowKey, flows) -> {
            Map<String, RegionKey> flowRegions = flowKey.regions() == null ? Map.of()
                    : regionsOf(flowKey.regions(), chains, regionScope ? scopeId : null);
            if (regionScope && flowRegions.isEmpty()) {
                // They touch the scope, but their own region (the receiver's, else the giver's) lies elsewhere.
                return;
            }
            total.add(flows.tally);
            List<List<Object>> keys = new ArrayList<>();
            keys.add(new ArrayList<>());
            for (SummaryDimension dimension : dimensions) {
                List<Object> values = switch (dimension) {
                    case SOURCE_TYPE -> Arrays.asList((Object) flowKey.sourceType());
                    case REGION -> flowRegions.isEmpty() ? Arrays.asList((Object) null) : List.copyOf(flowRegions.values());
                    case CAMPAIGN -> campaignsOf(flowKey.project(), projectCampaigns);
                    case YEAR -> Arrays.asList((Object) flowKey.year());
                    case FLOW_TYPE -> Arrays.asList((Object) flowKey.flowType());
                };
                List<List<Object>> expanded = new ArrayList<>();
                for (List<Object> prefix : keys) {
                    for (Object value : values) {
                        List<Object> key = new ArrayList<>(prefix);
                        key.add(value);
                        expanded.add(key);
                    }
                }
                keys = expanded;
            }
            for (List<Object> key : keys) {
                Group group = groups.computeIfAbsent(new RowKey(key), k -> new Group());
                group.tally.add(flows.tally);
                group.flows.addAll(flows.flows);
            }
        });
        if (dimensions.isEmpty() && groups.isEmpty()) {
            groups.put(new RowKey(List.of()), new Group());
        }
        List<SummaryRow> rows = groups.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(order(dimensions, regions, campaigns)))
                .map(e -> row(dimensions, e.getKey(), e.getValue(), regions, campaigns)).toList();
        return new FundSummary((Map<String, Object>) answer.get("scopeNode"), dimensions, rows, total.totals());
    }

    /**
     * The parts of a flow's row that decide its rows: the dimensions asked, and its regions under any scope. Only a
     * region scope filters by them, but the scope's type is read after the rows.
     */
    @SuppressWarnings("unchecked")
    private static FlowKey keyOf(Map<String, Object> row, FlowFacts flow, List<SummaryDimension> dimensions,
            boolean scoped) {
        boolean regions = dimensions.contains(SummaryDimension.REGION) || scoped;
        return new FlowKey(
                dimensions.contains(SummaryDimension.SOURCE_TYPE) ? (String) row.get("sourceType") : null,
                dimensions.contains(SummaryDimension.YEAR) ? flow.year() : null,
                dimensions.contains(SummaryDimension.FLOW_TYPE) ? flow.flowType() : null,
                regions ? List.copyOf((List<String>) row.get("regions")) : null,
                dimensions.contains(SummaryDimension.CAMPAIGN) ? (String) row.get("project") : null);
    }

    /**
     * The regions a flow counts in: each of its own regions and every region above it. Under a region scope only
     * the part of each chain at or below the scope counts, and a flow whose chains miss the scope counts nowhere.
     */
    private static Map<String, RegionKey> regionsOf(List<String> bases, Map<String, List<String>> chains,
            String scopeRegion) {
        Map<String, RegionKey> keys = new LinkedHashMap<>();
        for (String base : bases) {
            List<String> chain = chains.getOrDefault(base, List.of(base));
            int limit = scopeRegion == null ? chain.size() : chain.indexOf(scopeRegion) + 1;
            for (int i = 0; i < limit; i++) {
                keys.putIfAbsent(chain.get(i), new RegionKey(chain.get(i), chain.size() - 1 - i));
            }
        }
        return keys;
    }

    private static List<Object> campaignsOf(String project, Map<String, List<String>> projectCampaigns) {
        List<String> ids = project == null ? List.of() : projectCampaigns.getOrDefault(project, List.of());
        return ids.isEmpty() ? Arrays.asList((Object) null) : List.copyOf(new LinkedHashSet<>(ids));
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> nodes) {
        Map<String, Map<String, Object>> byId = new HashMap<>();
        nodes.forEach(n -> byId.put((String) n.get("id"), n));
        return byId;
    }

    private static SummaryRow row(List<SummaryDimension> dimensions, RowKey key, Group group,
            Map<String, Map<String, Object>> regions, Map<String, Map<String, Object>> campaigns) {
        String sourceType = null;
        Map<String, Object> region = null;
        String regionLevel = null;
        Integer regionDepth = null;
        Map<String, Object> campaign = null;
        Integer year = null;
        String flowType = null;
        for (int i = 0; i < dimensions.size(); i++) {
            Object value = key.values().get(i);
            switch (dimensions.get(i)) {
                case SOURCE_TYPE -> sourceType = (String) value;
                case REGION -> {
                    if (value instanceof RegionKey r) {
                        region = regions.get(r.id());
                        regionLevel = region == null ? null : (String) region.get("level");
                        regionDepth = r.depth();
                    }
                }
                case CAMPAIGN -> campaign = value == null ? null : campaigns.get((String) value);
                case YEAR -> year = (Integer) value;
                case FLOW_TYPE -> flowType = (String) value;
            }
        }
        MoneyTotals totals = group.tally.totals();
        return new SummaryRow(sourceType, region, regionLevel, regionDepth, campaign, year, flowType,
                totals.flowCount(), totals.yuan(), totals.complete(), totals.maskedCount(), totals.nonMoneyCount(),
                group.flows);
    }

    /** Rows in the order of the dimensions: enums in schema order, regions top down, missing keys last. */
    private static Comparator<RowKey> order(List<SummaryDimension> dimensions, Map<String, Map<String, Object>> regions,
            Map<String, Map<String, Object>> campaigns) {
        Comparator<RowKey> order = (a, b) -> 0;
        for (int i = 0; i < dimensions.size(); i++) {
            int index = i;
            Comparator<Object> values = switch (dimensions.get(i)) {
                case SOURCE_TYPE -> Comparator.comparing(v -> SOURCE_TYPES.indexOf(v));
                case FLOW_TYPE -> Comparator.comparing(v -> FlowFacts.FLOW_TYPES.indexOf(v));
                case YEAR -> Comparator.comparing(v -> (Integer) v);
                case REGION -> Comparator.comparing((Object v) -> ((RegionKey) v).depth())
                        .thenComparing(v -> name(regions.get(((RegionKey) v).id())))
                        .thenComparing(v -> ((RegionKey) v).id());
                case CAMPAIGN -> Comparator.comparing((Object v) -> name(campaigns.get((String) v)))
                        .thenComparing(v -> (String) v);
            };
            order = order.thenComparing(k -> k.values().get(index), Comparator.nullsLast(values));
        }
        return order;
    }

    private static String name(Map<String, Object> node) {
        return node == null ? "" : Objects.toString(node.get("name"), "");
    }
}
