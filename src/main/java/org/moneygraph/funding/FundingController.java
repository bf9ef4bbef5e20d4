package org.moneygraph.funding;

import java.util.List;
import java.util.stream.Stream;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The auditors' questions about money: where it went, whether it adds up, and how much of what kind. */
@Controller
class FundingController {

    /** The schema's default, for a client that passes null explicitly. */
    private static final int DEFAULT_DEPTH = 4;

    /** Where a request selects a hop: in a tier's whole list, and in its pages. */
    private static final List<String> HOPS = List.of("tiers/hops/", "tiers/hopsConnection/edges/node/");

    private final MoneyTrailService trails;
    private final ReconciliationService reconciliations;
    private final FundSummaryService summaries;

    FundingController(MoneyTrailService trails, ReconciliationService reconciliations, FundSummaryService summaries) {
        this.trails = trails;
        this.reconciliations = reconciliations;
        this.summaries = summaries;
    }

    @QueryMapping
    MoneyTrail moneyTrail(@Argument String from, @Argument TrailDirection direction, @Argument Integer maxDepth,
            @Argument List<String> types, DataFetchingFieldSelectionSet selection) {
        return trails.trace(from, direction == null ? TrailDirection.DOWNSTREAM : direction,
                maxDepth == null ? DEFAULT_DEPTH : maxDepth, types, new MoneyTrailService.Needs(
                        GraphReader.selects(selection, "sources"),
                        GraphReader.selectsBeyondId(selection, hopFields("flow")),
                        GraphReader.selectsBeyondId(selection, hopFields("from", "to", "fund"))));
    }

    /** The selection paths of these fields of a hop, wherever the request selects hops. */
    private static String[] hopFields(String... fields) {
        return HOPS.stream().flatMap(hop -> Stream.of(fields).map(field -> hop + field)).toArray(String[]::new);
    }

    /** A page of a tier's hops, cut from the tier the trail has already followed whole. */
    @SchemaMapping(typeName = "TrailTier")
    Connection<MoneyHop> hopsConnection(TrailTier tier, @Argument Integer first, @Argument String after) {
        Connection.Page page = Connection.page(first, after);
        List<MoneyHop> hops = tier.hops();
        int from = Math.min(page.offset(), hops.size());
        return Connection.of(hops.subList(from, Math.min(hops.size(), from + page.limit())), page, hops.size());
    }

    @QueryMapping
    Reconciliation reconciliation(@Argument String scope, @Argument Integer year,
            DataFetchingFieldSelectionSet selection) {
        boolean showsFlows = selection.contains("rows/*/flows") || selection.contains("flags/flows")
                || selection.contains("flags/node");
        return reconciliations.reconcile(scope, year, new ReconciliationService.Needs(
                GraphReader.selects(selection, "sources"), showsFlows, selection.contains("flags"),
                GraphReader.selectsBeyondId(selection, "rows/node")));
    }

    @QueryMapping
    FundSummary fundSummary(@Argument String scope, @Argument List<SummaryDimension> groupBy,
            DataFetchingFieldSelectionSet selection) {
        return summaries.summarize(scope, groupBy, selection.contains("rows/flows"),
                GraphReader.selects(selection, "sources"));
    }
}
