package org.moneygraph.funding;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The auditors' questions about money: where it went, whether it adds up, and how much of what kind. */
@Controller
class FundingController {

    /** The schema's default, for a client that passes null explicitly. */
    private static final int DEFAULT_DEPTH = 4;

    /** Where the walk's own hops are selected: a tier's whole list. Its pages read their own hops' details. */
    private static final String HOPS = "tiers/hops";
    private static final String PAGE_HOPS = "edges/node";

    /** What a hop shows from the lean read of its flow; anything else, including fields added later, needs more. */
    private static final Set<String> LEAN_HOP = Set.of("depth", "flow", "from", "to", "fund", "flowType", "share",
            "branchNodeId", "revisit", "sources", "amount", "__typename");
    private static final Set<String> LEAN_AMOUNT = Set.of("text", "value", "yuan", "unit", "masked", "__typename");

    private final MoneyTrailService trails;
    private final ReconciliationService reconciliations;
    private final FundSummaryService summaries;

    FundingController(MoneyTrailService trails, ReconciliationService reconciliations, FundSummaryService summaries,
            BatchLoaderRegistry registry) {
        this.trails = trails;
        this.reconciliations = reconciliations;
        this.summaries = summaries;
        registry.forTypePair(MoneyTrailService.Detail.class, MoneyHop.class)
                .registerBatchLoader((details, env) -> Mono.fromCallable(() -> trails.detailed(details))
                        .flatMapMany(Flux::fromIterable));
    }

    /**
     * The walk reads of each hop what the whole lists show, and the start's sources if asked. What is selected
     * only through {@code hopsConnection} is read for the page's hops afterwards, so a page of a large trail does
     * not make the walk read every flow whole.
     */
    @QueryMapping
    MoneyTrail moneyTrail(@Argument String from, @Argument TrailDirection direction, @Argument Integer maxDepth,
            @Argument List<String> types, DataFetchingFieldSelectionSet selection) {
        return trails.trace(from, direction == null ? TrailDirection.DOWNSTREAM : direction,
                maxDepth == null ? DEFAULT_DEPTH : maxDepth, types, needs(selection, HOPS,
                        GraphReader.selectsOutside(selection, "sources", "tiers/hopsConnection/")),
                GraphReader.selectsAt(selection, "tiers/hops"), GraphReader.selectsAt(selection, "truncated"));
    }

    private static MoneyTrailService.Needs needs(DataFetchingFieldSelectionSet selection, String hop,
            boolean sources) {
        return new MoneyTrailService.Needs(sources, GraphReader.selectsBeyondId(selection, hop + "/flow"),
                GraphReader.selectsBeyondId(selection, hop + "/from", hop + "/to", hop + "/fund"),
                selectsFacts(selection, hop));
    }

    /**
     * Whether the hops at {@code hop} show a fact the lean read leaves out: their period, purpose, or the amount's
     * qualifier, as-of or year. Listed by what the lean read serves, so that a new field is read by default.
     */
    private static boolean selectsFacts(DataFetchingFieldSelectionSet selection, String hop) {
        return GraphReader.fieldsUnder(selection, hop).stream().anyMatch(f -> !LEAN_HOP.contains(f.getName()))
                || GraphReader.fieldsUnder(selection, hop + "/amount").stream()
                        .anyMatch(f -> !LEAN_AMOUNT.contains(f.getName()));
    }

    /**
     * A page of a tier's hops, cut from the tier the trail has already followed whole. What the page shows beyond
     * what the walk read is loaded for the page's hops, in one round trip for the pages of every tier.
     */
    @SchemaMapping(typeName = "TrailTier")
    CompletableFuture<Connection<MoneyHop>> hopsConnection(TrailTier tier, @Argument Integer first,
            @Argument String after, DataFetchingFieldSelectionSet selection,
            DataLoader<MoneyTrailService.Detail, MoneyHop> details) {
        Connection.Page page = Connection.page(first, after);
        List<MoneyHop> hops = tier.hops();
        int from = Math.min(page.offset(), hops.size());
        List<MoneyHop> slice = hops.subList(from, Math.min(hops.size(), from + page.limit()));
        MoneyTrailService.Needs beyond = needs(selection, PAGE_HOPS, GraphReader.selects(selection, "sources"))
                .beyond(tier.read());
        if (!beyond.any() || slice.isEmpty()) {
            return CompletableFuture.completedFuture(Connection.of(slice, page, hops.size()));
        }
        return details.loadMany(slice.stream().map(hop -> new MoneyTrailService.Detail(hop, beyond)).toList())
                .thenApply(detailed -> Connection.of(detailed, page, hops.size()));
    }

    @QueryMapping
    Reconciliation reconciliation(@Argument String scope, @Argument Integer year,
            DataFetchingFieldSelectionSet selection) {
        boolean showsFlows = GraphReader.selectsAt(selection, "rows/*/flows")
                || GraphReader.selectsAt(selection, "flags/flows") || GraphReader.selectsAt(selection, "flags/node");
        boolean sides = GraphReader.selectsAt(selection, "rows/inflow") || GraphReader.selectsAt(selection, "rows/outflow")
                || GraphReader.selectsAt(selection, "totals") || GraphReader.selectsAt(selection, "intended");
        return reconciliations.reconcile(scope, year, new ReconciliationService.Needs(
                GraphReader.selects(selection, "sources"), showsFlows, GraphReader.selectsAt(selection, "flags"),
                GraphReader.selectsBeyondId(selection, "rows/node"), sides));
    }

    @QueryMapping
    FundSummary fundSummary(@Argument String scope, @Argument List<SummaryDimension> groupBy,
            DataFetchingFieldSelectionSet selection) {
        return summaries.summarize(scope, groupBy, GraphReader.selectsAt(selection, "rows/flows"),
                GraphReader.selects(selection, "sources"));
    }
}
