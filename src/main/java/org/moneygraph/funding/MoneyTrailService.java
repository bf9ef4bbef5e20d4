package org.moneygraph.funding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.graph.Quantity;
import org.springframework.stereotype.Service;

/**
 * Follows money tier by tier in one read transaction: one query per tier, plus one to learn whether the trail
 * goes on beyond {@code maxDepth}, so a trail costs at most {@code maxDepth + 1} round trips.
 *
 * <p>A trail follows strands: after the first tier, the flows leaving (or entering) a node are followed only
 * for the fund of the hop that reached it, so a county's bond money is not mistaken for its subsidies. A hop
 * without a fund, or one that reaches a fund, follows any fund. Each flow is visited once and each
 * (node, fund) strand expanded once, which is what stops cycles and keeps two paths to one node from counting
 * its flows twice.
 */
@Service
class MoneyTrailService {

    static final Set<String> START_TYPES = Set.of("Fund", "Region", "Organization", "Project", "BeneficiaryGroup");

    private final GraphReader reader;
    private final TraceProperties properties;

    MoneyTrailService(GraphReader reader, TraceProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    /**
     * What a request needs read of each hop, from its selection.
     *
     * @param sources whether it selects sources anywhere in the trail, which costs four hops per node
     * @param flows   whether it selects more of the hops' flows than their IDs
     * @param ends    whether it selects more of the hops' givers, receivers or funds than their IDs
     * @param facts   whether it selects a hop's period, purpose, or more of its amount than the text, value,
     *                yuan, unit and masked flag: facts of the flow that its whole read also brings
     */
    record Needs(boolean sources, boolean flows, boolean ends, boolean facts) {

        static final Needs NONE = new Needs(false, false, false, false);

        /** What this request shows that {@code read} did not read; NONE when nothing. */
        Needs beyond(Needs read) {
            boolean wholeFlows = read.flows || read.sources;
            return new Needs(sources && !read.sources, flows && !wholeFlows, ends && !read.ends,
                    facts && !read.facts && !wholeFlows);
        }

        boolean any() {
            return sources || flows || ends || facts;
        }

        Needs and(Needs other) {
            return new Needs(sources || other.sources, flows || other.flows, ends || other.ends,
                    facts || other.facts);
        }
    }

    /** A hop of a page and what the page shows of it that the walk did not read. */
    record Detail(MoneyHop hop, Needs needs) {
    }

    MoneyTrail trace(String from, TrailDirection direction, int maxDepth, List<String> types, Needs needs) {
        if (maxDepth < 1 || maxDepth > properties.maxDepth()) {
            throw new InvalidInputException("maxDepth", "must be between 1 and " + properties.maxDepth()
                    + " (the server's graph.trace.max-depth), not " + maxDepth);
        }
        if (types != null && types.isEmpty()) {
            throw new InvalidInputException("types", "must name at least one flow type, or be left out for all");
        }
        return reader.readTransaction(reads -> new Walk(from, direction, maxDepth, types, needs, reads).run());
    }

    /**
     * The hops of the pages a request shows, with what the walk left out read for them alone, in one round trip
     * for every page of every tier: a dashboard that shows 20 hops of each tier of a 25,000-hop trail with their
     * sentences reads 20 flows' sources per tier, not 25,000. A flow or node deleted since the walk keeps what the
     * walk read.
     */
    @SuppressWarnings("unchecked")
    List<MoneyHop> detailed(List<Detail> details) {
        Needs needs = details.stream().map(Detail::needs).reduce(Needs.NONE, Needs::and);
        Set<String> flowIds = new LinkedHashSet<>();
        Set<String> endIds = new LinkedHashSet<>();
        for (Detail detail : details) {
            MoneyHop hop = detail.hop();
            if (detail.needs().flows() || detail.needs().sources() || detail.needs().facts()) {
                flowIds.add((String) hop.flow().get("id"));
            }
            if (detail.needs().ends()) {
                Stream.of(hop.from(), hop.to(), hop.fund()).filter(Objects::nonNull)
                        .forEach(end -> endIds.add((String) end.get("id")));
            }
        }
        Map<String, Object> params = new HashMap<>();
        params.put("flows", List.copyOf(flowIds));
        params.put("ends", List.copyOf(endIds));
        params.put("withSources", needs.sources());
        Map<String, Object> row = reader.read(MoneyTrailQueries.DETAILS, params).getFirst();
        Map<String, Map<String, Object>> read = new HashMap<>();
        for (String list : List.of("flows", "nodes")) {
            for (Map<String, Object> node : (List<Map<String, Object>>) row.get(list)) {
                read.put((String) node.get("id"), node);
            }
        }
        return details.stream().map(detail -> withDetails(detail, read)).toList();
    }

    @SuppressWarnings("unchecked")
    private static MoneyHop withDetails(Detail detail, Map<String, Map<String, Object>> read) {
        MoneyHop hop = detail.hop();
        Map<String, Object> reread = read.get((String) hop.flow().get("id"));
        Map<String, Object> flow = reread == null ? hop.flow() : reread;
        // A walk that read no facts made the amount without its qualifier, as-of and year.
        Quantity amount = reread != null && detail.needs().facts()
                ? Objects.requireNonNullElse(Quantity.fromProperties(reread, "amount"), hop.amount()) : hop.amount();
        return new MoneyHop(hop.depth(), flow, whole(hop.from(), read), whole(hop.to(), read), whole(hop.fund(), read),
                amount, hop.flowType(), FlowPeriod.of(flow), (String) flow.get("purpose"), hop.share(),
                hop.branchNodeId(), hop.revisit(), (List<Map<String, Object>>) flow.getOrDefault("__sources", List.of()));
    }

    private static Map<String, Object> whole(Map<String, Object> end, Map<String, Map<String, Object>> read) {
        return end == null ? null : read.getOrDefault((String) end.get("id"), end);
    }

    /** A node reached with the fund whose money reached it; {@code fund} null follows every fund. */
    private record Strand(String node, String fund) {

        Map<String, Object> parameter() {
            Map<String, Object> item = new HashMap<>();
            item.put("node", node);
            item.put("fund", fund);
            return item;
        }
    }

    /** A hop before its share is known, which needs all hops of its tier. */
    private record Draft(FlowFacts flow, Map<String, Object> row, String branchNodeId, boolean revisit) {
    }

    /**
     * A tier's hops, each made when first read: a request that pages through a tier of thousands of hops makes
     * only the page's, while the tier's sums and shares, which need every hop, are worked out beforehand.
     */
    private static final class Hops extends AbstractList<MoneyHop> {

        private final MoneyHop[] made;
        private final IntFunction<MoneyHop> make;

        Hops(int size, IntFunction<MoneyHop> make) {
            this.made = new MoneyHop[size];
            this.make = make;
        }

        @Override
        public MoneyHop get(int index) {
            MoneyHop hop = made[index];
            if (hop == null) {
                hop = make.apply(index);
                made[index] = hop;
            }
            return hop;
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    /** The state of one trail: what has been visited, and how each strand was first reached. */
    private static final class Walk {

        private final String from;
        private final TrailDirection direction;
        private final int maxDepth;
        private final List<String> types;
        private final Needs needs;
        private final GraphReader.Reads reads;
        private final Map<Strand, Strand> reachedFrom = new HashMap<>();
        private final Set<String> visitedFlows = new HashSet<>();
        /** Givers, receivers and funds of the hops read so far, by ID. */
        private final Map<String, Map<String, Object>> ends = new HashMap<>();
        private int revisits;
        private int cyclesCut;
        private Map<String, Object> start;

        Walk(String from, TrailDirection direction, int maxDepth, List<String> types, Needs needs,
                GraphReader.Reads reads) {
            this.from = from;
            this.direction = direction;
            this.maxDepth = maxDepth;
            this.types = types;
            this.needs = needs;
            this.reads = reads;
        }

        MoneyTrail run() {
            Strand origin = new Strand(from, null);
            reachedFrom.put(origin, null);
            List<Strand> frontier = List.of(origin);
            List<TrailTier> tiers = new ArrayList<>();
            MoneyTally all = new MoneyTally();
            for (int depth = 1; depth <= maxDepth && !frontier.isEmpty(); depth++) {
                List<Strand> next = new ArrayList<>();
                List<Draft> drafts = new ArrayList<>();
                for (Map<String, Object> row : sorted(depth == 1 ? first() : tier(frontier))) {
                    Draft draft = visit(row, next);
                    if (draft != null) {
                        drafts.add(draft);
                        all.add(draft.flow());
                    }
                }
                if (!drafts.isEmpty()) {
                    tiers.add(tier(depth, drafts));
                }
                frontier = next;
            }
            boolean truncated = tiers.size() == maxDepth && !frontier.isEmpty() && more(frontier);
            return new MoneyTrail(start, direction, maxDepth, types, tiers, all.totals(), truncated, revisits, cyclesCut);
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> first() {
            Map<String, Object> params = new HashMap<>();
            params.put("id", from);
            params.put("frontier", List.of(new Strand(from, null).parameter()));
            params.put("types", types);
            putNeeds(params);
            Map<String, Object> row = reads.run(MoneyTrailQueries.start(direction, needs.ends()), params).getFirst();
            if (row.get("startType") == null) {
                throw new NotFoundException("from", "No node has the ID " + from);
            }
            if (!START_TYPES.contains(row.get("startType"))) {
                throw new InvalidInputException("from", "must be a Fund, Region, Organization, Project or "
                        + "BeneficiaryGroup, not a " + row.get("startType"));
            }
            start = (Map<String, Object>) row.get("start");
            return hops(row);
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> tier(List<Strand> frontier) {
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier.stream().map(Strand::parameter).toList());
            params.put("types", types);
            putNeeds(params);
            return hops(reads.run(MoneyTrailQueries.tier(direction, needs.ends()), params).getFirst());
        }

        /** A hop's sources travel in its flow's map, so selecting them needs the whole flow. */
        private void putNeeds(Map<String, Object> params) {
            params.put("withSources", needs.sources());
            params.put("withFlows", needs.flows() || needs.sources());
            params.put("withFacts", needs.facts());
        }

        @SuppressWarnings("unchecked")
        private List<Map<String, Object>> hops(Map<String, Object> row) {
            List<Map<String, Object>> hops = (List<Map<String, Object>>) row.get("hops");
            if (needs.ends()) {
                for (Map<String, Object> node : (List<Map<String, Object>>) row.get("nodes")) {
                    ends.put((String) node.get("id"), node);
                }
            }
            else {
                // Shown by ID, an end needs only its ID and, for the type resolver, its type (a fund's is its label).
                for (Map<String, Object> hop : hops) {
                    end(hop.get("giverId"), hop.get("giverType"));
                    end(hop.get("receiverId"), hop.get("receiverType"));
                    end(hop.get("fundId"), "Fund");
                }
            }
            return hops;
        }

        private void end(Object id, Object type) {
            if (id != null && !ends.containsKey(id)) {
                Map<String, Object> end = new HashMap<>(4);
                end.put("id", id);
                end.put("type", type);
                ends.put((String) id, end);
            }
        }

        private boolean more(List<Strand> frontier) {
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier.stream().map(Strand::parameter).toList());
            params.put("types", types);
            params.put("visited", List.copyOf(visitedFlows));
            return Boolean.TRUE.equals(reads.run(MoneyTrailQueries.probe(direction), params).getFirst().get("more"));
        }

        /** Rows in a stable order, so the same graph always gives the same trail and the same revisits. */
        private static List<Map<String, Object>> sorted(List<Map<String, Object>> rows) {
            return rows.stream().sorted(Comparator.comparing((Map<String, Object> r) -> (String) r.get("viaNode"))
                    .thenComparing(r -> (String) ((Map<?, ?>) r.get("flow")).get("id"))).toList();
        }

        /** Records one flow, and queues the node it leads to unless that strand was reached before. */
        @SuppressWarnings("unchecked")
        private Draft visit(Map<String, Object> row, List<Strand> next) {
            FlowFacts flow = new FlowFacts((Map<String, Object>) row.get("flow"), (String) row.get("fundId"),
                    (String) row.get("giverId"), (String) row.get("receiverId"));
            if (!visitedFlows.add(flow.id())) {
                return null;
            }
            Strand via = new Strand((String) row.get("viaNode"), (String) row.get("viaFund"));
            String nextNode;
            String nextType;
            if (direction == TrailDirection.DOWNSTREAM) {
                nextNode = flow.toId();
                nextType = (String) row.get("receiverType");
            }
            else if (flow.fromId() != null) {
                nextNode = flow.fromId();
                nextType = (String) row.get("giverType");
            }
            else {
                // Upstream, a flow without a giver came out of its fund: the fund is its source, and the trail
                // ends there.
                nextNode = null;
                nextType = null;
            }
            boolean revisit = false;
            if (nextNode != null) {
                Strand strand = new Strand(nextNode, "Fund".equals(nextType) ? null : flow.fundId());
                if (reachedFrom.containsKey(strand) || reachedFrom.containsKey(new Strand(nextNode, null))) {
                    revisit = true;
                    revisits++;
                    if (onPath(nextNode, via)) {
                        cyclesCut++;
                    }
                }
                else {
                    reachedFrom.put(strand, via);
                    next.add(strand);
                }
            }
            return new Draft(flow, row, via.node(), revisit);
        }

        /** Whether {@code node} lies on the path by which {@code strand} was first reached. */
        private boolean onPath(String node, Strand strand) {
            for (Strand s = strand; s != null; s = reachedFrom.get(s)) {
                if (s.node().equals(node)) {
                    return true;
                }
            }
            return false;
        }

        private TrailTier tier(int depth, List<Draft> drafts) {
            Map<String, BigDecimal> leaving = new HashMap<>();
            MoneyTally tally = new MoneyTally();
            for (Draft d : drafts) {
                tally.add(d.flow());
                if (d.flow().yuan() != null) {
                    leaving.merge(d.branchNodeId(), d.flow().yuan(), BigDecimal::add);
                }
            }
            List<Draft> ordered = drafts.stream().sorted(Comparator.comparing(Draft::branchNodeId)
                    .thenComparing(d -> d.flow().yuan(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(d -> d.flow().id())).toList();
            return new TrailTier(depth, tally.totals(), new Hops(ordered.size(), i -> hop(depth, ordered.get(i), leaving)),
                    needs);
        }

        private MoneyHop hop(int depth, Draft d, Map<String, BigDecimal> leaving) {
            FlowFacts flow = d.flow();
            BigDecimal total = leaving.get(d.branchNodeId());
            Double share = flow.yuan() == null || total == null || total.signum() == 0 ? null
                    : flow.yuan().divide(total, MathContext.DECIMAL64).doubleValue();
            Map<String, Object> node = flow.node();
            return new MoneyHop(depth, node, end(d.row().get("giverId")), end(d.row().get("receiverId")),
                    end(d.row().get("fundId")), flow.amount(), flow.flowType(), FlowPeriod.of(node),
                    (String) node.get("purpose"), share, d.branchNodeId(), d.revisit(), flow.sources());
        }

        private Map<String, Object> end(Object id) {
            return id == null ? null : ends.get((String) id);
        }
    }
}
