package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
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
import org.moneygraph.graph.TooLargeException;
import org.springframework.stereotype.Service;

/**
 * Follows money tier by tier in one read transaction: one query per tier, whose rows are streamed into compact
 * records, plus one that learns whether the trail goes on beyond {@code maxDepth} and reads the givers,
 * receivers and funds whole when the request shows them, so a trail costs at most {@code maxDepth + 1} round
 * trips. A tier of 800,000 flows (the province's own trail on L) is never held as one list of maps.
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

        /** Whether it shows more of a hop's flow than its ID and type: the flow whole, its sources or its facts. */
        boolean flowBeyondId() {
            return flows || sources || facts;
        }

        Needs and(Needs other) {
            return new Needs(sources || other.sources, flows || other.flows, ends || other.ends,
                    facts || other.facts);
        }
    }

    /** A hop of a page and what the page shows of it that the walk did not read. */
    record Detail(MoneyHop hop, Needs needs) {
    }

    /**
     * @param listed     whether the answer lists the tiers' hops whole, which a trail of more than
     *                   {@code graph.trace.max-listed-hops} may not
     * @param truncation whether the answer shows {@code truncated}; only then does a trail that fills
     *                   {@code maxDepth} look past its last tier, which reads every flow leaving that tier's nodes
     *                   and sends every visited flow's ID
     */
    MoneyTrail trace(String from, TrailDirection direction, int maxDepth, List<String> types, Needs needs,
            boolean listed, boolean truncation) {
        if (maxDepth < 1 || maxDepth > properties.maxDepth()) {
            throw new InvalidInputException("maxDepth", "must be between 1 and " + properties.maxDepth()
                    + " (the server's graph.trace.max-depth), not " + maxDepth);
        }
        if (types != null && types.isEmpty()) {
            throw new InvalidInputException("types", "must name at least one flow type, or be left out for all");
        }
        int listable = listed ? properties.maxListedHops() : Integer.MAX_VALUE;
        return reader.readTransaction(reads -> new Walk(from, direction, maxDepth, types, needs, listable, truncation,
                reads).run());
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
            if (detail.needs().flowBeyondId()) {
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
                amount, hop.flowType(), FlowPeriod.of(flow), (String) flow.get("purpose"), hop.branchYuan(),
                hop.branchNodeId(), hop.revisit(), (List<Map<String, Object>>) flow.getOrDefault("__sources", List.of()));
    }

    private static Map<String, Object> whole(Map<String, Object> end, Map<String, Map<String, Object>> read) {
        return end == null ? null : read.getOrDefault((String) end.get("id"), end);
    }

    /** A node reached with the fund whose money reached it; {@code fund} null follows every fund. */
    private record Strand(String node, String fund) {
    }

    /**
     * A row of a tier as read: the rank in its {@link Frontier} of the node it was reached through, and its flow
     * with the ID it is sorted by, taken out of the flow's map once (a tier of 10,000 rows is compared about 130,000
     * times).
     */
    private record Row(int viaRank, FlowFacts flow, String flowId) {
    }

    /**
     * A hop before the yuan leaving its branch node is known, which needs all hops of its tier; sorted by its keys,
     * the branch node by its rank in the tier's {@link Frontier}.
     */
    private record Draft(FlowFacts flow, String flowId, BigDecimal yuan, int branchRank, boolean revisit) {
    }

    /**
     * The nodes a tier is read from, in the order of their IDs, each with its strands in the order they were
     * reached. A row names its node by rank, so the rows and hops of a tier sort by an int where they compared the
     * IDs, which share long prefixes, and a row finds its strands without hashing.
     */
    private record Frontier(List<String> nodes, List<List<Strand>> strands) {

        static Frontier of(List<Strand> reached) {
            Map<String, List<Strand>> byNode = new HashMap<>();
            reached.forEach(strand -> byNode.computeIfAbsent(strand.node(), n -> new ArrayList<>()).add(strand));
            List<String> nodes = new ArrayList<>(byNode.keySet());
            nodes.sort(null);
            return new Frontier(nodes, nodes.stream().map(byNode::get).toList());
        }

        /** The frontier as the query takes it: each node once, with its rank and the funds it follows (null: all). */
        List<Map<String, Object>> items() {
            List<Map<String, Object>> items = new ArrayList<>(nodes.size());
            for (int rank = 0; rank < nodes.size(); rank++) {
                List<Strand> reached = strands.get(rank);
                boolean everyFund = reached.stream().anyMatch(strand -> strand.fund() == null);
                Map<String, Object> item = new HashMap<>();
                item.put("node", nodes.get(rank));
                item.put("rank", rank);
                item.put("funds", everyFund ? null : reached.stream().map(Strand::fund).toList());
                items.add(item);
            }
            return items;
        }
    }

    /**
     * A giver, receiver or fund shown by ID, with the type its type resolver needs; {@code shown} is that map,
     * made once and shared by every hop that names the end.
     */
    private record End(String id, String type, Map<String, Object> shown) {

        End(String id, String type) {
            this(id, type, shown(id, type));
        }

        private static Map<String, Object> shown(String id, String type) {
            Map<String, Object> shown = new HashMap<>(4);
            shown.put("id", id);
            shown.put("type", type);
            return Collections.unmodifiableMap(shown);
        }
    }

    /**
     * A tier's hops, each made when first read: a request that pages through a tier of thousands of hops makes
     * only the page's, while the tier's sums and the yuan leaving each branch node, which need every hop, are worked
     * out beforehand.
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

        /** Rows by the node they came through, then by flow ID. */
        private static final Comparator<Row> ROW_ORDER = (a, b) -> a.viaRank() != b.viaRank()
                ? Integer.compare(a.viaRank(), b.viaRank()) : a.flowId().compareTo(b.flowId());
        /** Hops by branch node, the largest known amounts first, then by flow ID. */
        private static final Comparator<Draft> HOP_ORDER = (a, b) -> {
            if (a.branchRank() != b.branchRank()) {
                return Integer.compare(a.branchRank(), b.branchRank());
            }
            if (a.yuan() != b.yuan()) {
                if (a.yuan() == null || b.yuan() == null) {
                    return a.yuan() == null ? 1 : -1;
                }
                int larger = b.yuan().compareTo(a.yuan());
                if (larger != 0) {
                    return larger;
                }
            }
            return a.flowId().compareTo(b.flowId());
        };
        /** Words many flows repeat, kept once per trail. */
        private static final Set<String> WORDS = Set.of("flowType", "amountUnit", "amountQualifier", "amountAsOf");

        private final String from;
        private final TrailDirection direction;
        private final int maxDepth;
        private final List<String> types;
        private final Needs needs;
        /**
         * Whether each hop shows its flow by ID only: its amount is then in the hop's own Quantity, and its flow
         * keeps the ID and the type the sums need, not the amount's text, value and unit a second time.
         */
        private final boolean flowsById;
        /** The most hops the answer may list; the walk stops at the tier that passes it. */
        private final int listable;
        /** Whether to look past the last tier for {@code truncated}. */
        private final boolean truncation;
        private final GraphReader.Reads reads;
        private final Map<Strand, Strand> reachedFrom = new HashMap<>();
        private final Set<String> visitedFlows = new HashSet<>();
        /** Givers, receivers and funds of the hops read so far, by ID: the one copy of each ID the trail keeps. */
        private final Map<String, End> ends = new HashMap<>();
        private final Map<String, String> words = new HashMap<>();
        /** The ends read whole, when the request shows more of them than their IDs. */
        private final Map<String, Map<String, Object>> wholeEnds = new HashMap<>();
        private int revisits;
        private int cyclesCut;
        private Object startType;
        private Map<String, Object> start;

        Walk(String from, TrailDirection direction, int maxDepth, List<String> types, Needs needs, int listable,
                boolean truncation, GraphReader.Reads reads) {
            this.from = from;
            this.direction = direction;
            this.maxDepth = maxDepth;
            this.types = types;
            this.needs = needs;
            this.flowsById = !needs.flowBeyondId();
            this.listable = listable;
            this.truncation = truncation;
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
                Frontier reading = Frontier.of(frontier);
                List<Row> rows = read(depth, reading);
                // A stable order, so the same graph always gives the same trail and the same revisits.
                rows.sort(ROW_ORDER);
                for (Row row : rows) {
                    Draft draft = visit(row, reading, next);
                    if (draft != null) {
                        drafts.add(draft);
                    }
                }
                if (visitedFlows.size() > listable) {
                    throw tooLarge(depth);
                }
                if (!drafts.isEmpty()) {
                    MoneyTally tally = new MoneyTally();
                    drafts.forEach(draft -> tally.add(draft.flow()));
                    tiers.add(tier(depth, drafts, tally, reading.nodes()));
                    all.add(tally);
                }
                frontier = next;
            }
            boolean probe = truncation && tiers.size() == maxDepth && !frontier.isEmpty();
            boolean more = (probe || needs.ends()) && finish(probe, frontier);
            return new MoneyTrail(start, direction, maxDepth, types, tiers, all.totals(), truncation ? more : null,
                    revisits, cyclesCut);
        }

        /**
         * The rows of one tier, each made compact as it comes. The first tier's query also brings the start node,
         * which must exist and be a node money can be traced from.
         */
        @SuppressWarnings("unchecked")
        private List<Row> read(int depth, Frontier frontier) {
            Map<String, Object> params = new HashMap<>();
            params.put("frontier", frontier.items());
            params.put("types", types);
            params.put("withSources", needs.sources());
            // A hop's sources travel in its flow's map, so selecting them needs the whole flow.
            params.put("withFlows", needs.flows() || needs.sources());
            params.put("withFacts", needs.facts());
            if (depth == 1) {
                params.put("id", from);
            }
            List<Row> rows = new ArrayList<>();
            int[] unseen = {0};
            reads.each(depth == 1 ? MoneyTrailQueries.start(direction) : MoneyTrailQueries.tier(direction), params,
                    row -> {
                        if (row.get("viaRank") == null) {
                            startType = row.get("startType");
                            start = (Map<String, Object>) row.get("start");
                            return;
                        }
                        Row read = row(row);
                        rows.add(read);
                        // A flow comes at most twice in a tier (from its giver, and as an entry flow of its fund),
                        // so this stops a trail that cannot be listed before it reads the rest of a large tier.
                        if (listable < Integer.MAX_VALUE && !visitedFlows.contains(read.flowId())
                                && visitedFlows.size() + ++unseen[0] / 2 > listable) {
                            throw tooLarge(depth);
                        }
                    });
            if (depth == 1) {
                // The start's row always comes; its type is null when no node has the ID.
                if (startType == null) {
                    throw new NotFoundException("from", "No node has the ID " + from);
                }
                if (!START_TYPES.contains(startType)) {
                    throw new InvalidInputException("from", "must be a Fund, Region, Organization, Project or "
                            + "BeneficiaryGroup, not a " + startType);
                }
            }
            return rows;
        }

        private TooLargeException tooLarge(int depth) {
            return new TooLargeException("maxDepth", "The trail has more than " + listable + " hops by depth " + depth
                    + ", more than one answer may list (graph.trace.max-listed-hops); page each tier with "
                    + "hopsConnection instead of hops, or ask for a smaller maxDepth (结果过大)");
        }

        @SuppressWarnings("unchecked")
        private Row row(Map<String, Object> row) {
            Map<String, Object> read = (Map<String, Object>) row.get("flow");
            FlowFacts flow = new FlowFacts(compact(flowsById ? idAndType(read) : read), end(row.get("fundId"), "Fund"),
                    end(row.get("giverId"), row.get("giverType")), end(row.get("receiverId"), row.get("receiverType")),
                    Quantity.fromProperties(read, "amount"));
            return new Row(((Number) row.get("viaRank")).intValue(), flow, flow.id());
        }

        /**
         * The flow's map without its null entries, immutable (a third of the size of the map the read made), its
         * repeated words kept once: the province's own trail on L holds a million of them.
         */
        @SuppressWarnings("unchecked")
        private Map<String, Object> compact(Map<String, Object> flow) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(flow.size());
            flow.forEach((key, value) -> {
                if (value != null) {
                    entries.add(Map.entry(key, value instanceof String word && WORDS.contains(key)
                            ? words.computeIfAbsent(word, w -> w) : value));
                }
            });
            return Map.ofEntries(entries.toArray(Map.Entry[]::new));
        }

        private static Map<String, Object> idAndType(Map<String, Object> flow) {
            Map<String, Object> kept = new HashMap<>(4);
            kept.put("id", flow.get("id"));
            kept.put("flowType", flow.get("flowType"));
            return kept;
        }

        /** Records an end, and gives the one copy of its ID the trail keeps. */
        private String end(Object id, Object type) {
            if (id == null) {
                return null;
            }
            return ends.computeIfAbsent((String) id, key -> new End(key, (String) type)).id();
        }

        /**
         * Whether the trail goes on past the last tier, asked only when {@code probe}, and the ends read whole when
         * the request shows them, in one round trip.
         */
        @SuppressWarnings("unchecked")
        private boolean finish(boolean probe, List<Strand> frontier) {
            Map<String, Object> params = new HashMap<>();
            params.put("probe", probe);
            params.put("frontier", probe ? Frontier.of(frontier).items() : List.of());
            params.put("types", types);
            params.put("visited", probe ? List.copyOf(visitedFlows) : List.of());
            params.put("ends", needs.ends() ? List.copyOf(ends.keySet()) : List.of());
            params.put("withSources", needs.sources());
            Map<String, Object> row = reads.run(MoneyTrailQueries.finish(direction), params).getFirst();
            for (Map<String, Object> node : (List<Map<String, Object>>) row.get("nodes")) {
                wholeEnds.put((String) node.get("id"), node);
            }
            return Boolean.TRUE.equals(row.get("more"));
        }

        /** Records one flow, and queues the node it leads to unless that strand was reached before. */
        private Draft visit(Row row, Frontier frontier, List<Strand> next) {
            FlowFacts flow = row.flow();
            if (!visitedFlows.add(row.flowId())) {
                return null;
            }
            Strand via = via(row, frontier);
            String nextNode;
            if (direction == TrailDirection.DOWNSTREAM) {
                nextNode = flow.toId();
            }
            else {
                // Upstream, a flow without a giver came out of its fund: the fund is its source, and the trail
                // ends there.
                nextNode = flow.fromId();
            }
            boolean revisit = false;
            if (nextNode != null) {
                Strand strand = new Strand(nextNode, "Fund".equals(ends.get(nextNode).type()) ? null : flow.fundId());
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
            return new Draft(flow, row.flowId(), flow.yuan(), row.viaRank(), revisit);
        }

        /**
         * The strand a row came by: of those the frontier holds for its node, in the order they were reached, the
         * first that follows the row's fund.
         */
        private static Strand via(Row row, Frontier frontier) {
            for (Strand strand : frontier.strands().get(row.viaRank())) {
                if (strand.fund() == null || strand.fund().equals(row.flow().fundId())) {
                    return strand;
                }
            }
            throw new IllegalStateException("a row came by no strand of " + frontier.nodes().get(row.viaRank()));
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

        /** A tier of {@code drafts} branching from the frontier's {@code branches}, whose sums are {@code tally}. */
        private TrailTier tier(int depth, List<Draft> drafts, MoneyTally tally, List<String> branches) {
            BigDecimal[] leaving = new BigDecimal[branches.size()];
            for (Draft d : drafts) {
                if (d.yuan() != null) {
                    BigDecimal sum = leaving[d.branchRank()];
                    leaving[d.branchRank()] = sum == null ? d.yuan() : sum.add(d.yuan());
                }
            }
            List<Draft> ordered = new ArrayList<>(drafts);
            ordered.sort(HOP_ORDER);
            return new TrailTier(depth, tally.totals(),
                    new Hops(ordered.size(), i -> hop(depth, ordered.get(i), branches, leaving)), needs);
        }

        private MoneyHop hop(int depth, Draft d, List<String> branches, BigDecimal[] leaving) {
            FlowFacts flow = d.flow();
            Map<String, Object> node = flow.node();
            return new MoneyHop(depth, node, shown(flow.fromId()), shown(flow.toId()), shown(flow.fundId()),
                    flow.amount(), flow.flowType(), FlowPeriod.of(node), (String) node.get("purpose"),
                    leaving[d.branchRank()], branches.get(d.branchRank()), d.revisit(), flow.sources());
        }

        /** An end as the hop shows it: whole when read so, else its ID and type. */
        private Map<String, Object> shown(String id) {
            if (id == null) {
                return null;
            }
            Map<String, Object> whole = wholeEnds.get(id);
            return whole != null ? whole : ends.get(id).shown();
        }
    }
}
