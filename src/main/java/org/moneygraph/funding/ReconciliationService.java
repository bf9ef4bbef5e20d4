package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.graph.Quantity;
import org.springframework.stereotype.Service;

/**
 * Sets what came into each node against what went out, and flags what does not add up. One round trip; all sums
 * are made here, exactly, with BigDecimal. For a request that shows only the balances, the database keeps the
 * year's flows and counts each side, and hands over the known amounts alone.
 */
@Service
class ReconciliationService {

    static final Set<String> SCOPE_TYPES = Set.of("Fund", "Region", "Organization");
    private static final List<String> ROW_ORDER = List.of("Fund", "Region", "Organization", "Project",
            "BeneficiaryGroup");

    private final GraphReader reader;

    ReconciliationService(GraphReader reader) {
        this.reader = reader;
    }

    /**
     * What a request needs read, from its selection.
     *
     * @param sources whether it selects sources anywhere in the answer; they cost reads per node
     * @param flows   whether it shows flows themselves (the sides' and flags' flows, a masked amount's flag node);
     *                without them and without sources, a flow is read only for what the sums need
     * @param flags   whether it selects the flags; without them nothing is read for them and none is worked out
     * @param nodes   whether it shows more of the rows' nodes than their IDs
     * @param sides   whether it shows more than the rows' nodes, stated amounts and balances: the rows' sides,
     *                the flags or the scope's totals; without them each side is counted in the database
     */
    record Needs(boolean sources, boolean flows, boolean flags, boolean nodes, boolean sides) {
    }

    Reconciliation reconcile(String scopeId, Integer year, Needs needs) {
        if (!needs.sides() && !needs.flows() && !needs.flags()) {
            return balances(scopeId, year, needs);
        }
        Map<String, Object> answer = read(needs.flags() ? ReconciliationQueries.RECONCILIATION
                : ReconciliationQueries.RECONCILIATION_WITHOUT_FLAGS, scopeId, Map.of("withSources", needs.sources(),
                        "withFlows", needs.flows() || needs.sources(), "withNodes",
                        needs.nodes() || needs.flags() || needs.sources()));
        return reconcile(answer, year, needs);
    }

    private Map<String, Object> read(String statement, String scopeId, Map<String, Object> more) {
        Map<String, Object> params = new HashMap<>(more);
        params.put("scope", scopeId);
        List<Map<String, Object>> result = reader.read(statement, params);
        if (result.isEmpty()) {
            throw new NotFoundException("scope", "No node has the ID " + scopeId);
        }
        Map<String, Object> answer = result.getFirst();
        if (!SCOPE_TYPES.contains(answer.get("scopeType"))) {
            throw new InvalidInputException("scope", "must be a Fund, Region or Organization, not a "
                    + answer.get("scopeType"));
        }
        return answer;
    }

    /**
     * The rows alone, each side counted by the database and its known amounts added up here, exactly: the same
     * balances as {@link #reconcileNode}, without reading each flow as a map (a county of L has 10,000).
     */
    @SuppressWarnings("unchecked")
    private Reconciliation balances(String scopeId, Integer year, Needs needs) {
        Map<String, Object> params = new HashMap<>();
        params.put("year", year);
        params.put("intended", List.copyOf(FlowFacts.INTENDED));
        params.put("withSources", needs.sources());
        params.put("withNodes", needs.nodes() || needs.sources());
        Map<String, Object> answer = read(ReconciliationQueries.BALANCES_ONLY, scopeId, params);
        List<ReconciliationRow> rows = new ArrayList<>();
        for (Map<String, Object> row : sorted((List<Map<String, Object>>) answer.get("rows"))) {
            Map<String, Object> node = node(row);
            Quantity stated = stated(node, year);
            if (((Number) row.get("inCount")).intValue() == 0 && ((Number) row.get("outCount")).intValue() == 0
                    && stated == null) {
                continue;
            }
            Side movedIn = Side.of((Map<String, Object>) row.get("movedIn"));
            Side movedOut = Side.of((Map<String, Object>) row.get("movedOut"));
            BigDecimal in = in(stated, movedIn.whole() ? movedIn.known() : null);
            BigDecimal out = out(movedOut.flowCount(), movedOut.flowCount() - movedOut.amounts().size(),
                    movedOut.known());
            rows.add(row(node, stated, null, null, in, out));
        }
        return new Reconciliation((Map<String, Object>) answer.get("scopeNode"), year, rows, null, null, null);
    }

    /**
     * One side of a row as the database counted it: the flows that moved money and the known amounts among them,
     * as stored; the others are masked or not money.
     */
    private record Side(int flowCount, List<Object> amounts) {

        @SuppressWarnings("unchecked")
        static Side of(Map<String, Object> side) {
            return new Side(((Number) side.get("flowCount")).intValue(), (List<Object>) side.get("known"));
        }

        boolean whole() {
            return flowCount > 0 && amounts.size() == flowCount;
        }

        /** The exact sum of the known amounts; null when none is known, as {@link MoneyTally#known()}. */
        BigDecimal known() {
            if (amounts.isEmpty()) {
                return null;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Object value : amounts) {
                sum = sum.add(new BigDecimal(value.toString()));
            }
            return sum;
        }
    }

    /** What a node had: a fund's stated amount, else its inflows when every one is known; else null. */
    private static BigDecimal in(Quantity stated, BigDecimal wholeInflow) {
        return stated != null ? stated.yuan() == null ? null : new BigDecimal(stated.yuan()) : wholeInflow;
    }

    /** What a node gave out: 0 when nothing, null when any outflow's amount is not known. */
    private static BigDecimal out(int flowCount, int unknownCount, BigDecimal known) {
        return unknownCount > 0 ? null : flowCount == 0 ? BigDecimal.ZERO : known;
    }

    /** A row with its balances as plain decimals; retained only when both sides are known. */
    private static ReconciliationRow row(Map<String, Object> node, Quantity stated, List<FlowFacts> ins,
            List<FlowFacts> outs, BigDecimal in, BigDecimal out) {
        return new ReconciliationRow(node, stated, ins, outs, FlowFacts.plain(in), FlowFacts.plain(out),
                in == null || out == null ? null : FlowFacts.plain(in.subtract(out)));
    }

    private static Quantity stated(Map<String, Object> node, Integer year) {
        return "Fund".equals(node.get("type")) && inYear(FlowFacts.yearOf(node), year)
                ? Quantity.fromProperties(node, "amount") : null;
    }

    private static List<Map<String, Object>> sorted(List<Map<String, Object>> rows) {
        return rows.stream().sorted(Comparator.comparing((Map<String, Object> r) -> ROW_ORDER.indexOf(type(r)))
                .thenComparing(r -> (String) node(r).get("id"))).toList();
    }

    @SuppressWarnings("unchecked")
    private Reconciliation reconcile(Map<String, Object> answer, Integer year, Needs needs) {
        Map<String, FlowFacts> flows = new LinkedHashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) answer.get("flows")) {
            FlowFacts flow = FlowFacts.withoutEnds(node);
            if (inYear(flow.year(), year)) {
                flows.put(flow.id(), flow);
            }
        }
        List<ReconciliationRow> rows = new ArrayList<>();
        List<ReconciliationFlag> flags = new ArrayList<>();
        List<Map<String, Object>> nodes = sorted((List<Map<String, Object>>) answer.get("rows"));
        for (Map<String, Object> nodeRow : nodes) {
            reconcileNode(nodeRow, flows, year, rows, needs.flags() ? flags : null);
        }
        if (needs.flags()) {
            flows.values().stream().filter(FlowFacts::masked).sorted(Comparator.comparing(FlowFacts::id))
                    .forEach(flow -> flags.add(new ReconciliationFlag(FlagCode.MASKED_AMOUNT, flow.node(), "The amount "
                            + flow.amount().text() + " is masked in the report: counted apart, not as zero",
                            List.of(FlagFigure.quantity("amount", flow.amount())), List.of(flow.node()),
                            flow.sources())));
            flags.sort(Comparator.comparing(ReconciliationFlag::code));
        }
        MoneyTally moved = new MoneyTally();
        MoneyTally intended = new MoneyTally();
        flows.values().forEach(flow -> (flow.intended() ? intended : moved).add(flow));
        return new Reconciliation((Map<String, Object>) answer.get("scopeNode"), year, rows, flags, moved.totals(),
                intended.totals());
    }

    /** A year asked for keeps only the flows of that year; a flow whose year the report does not give is dropped. */
    static boolean inYear(Integer flowYear, Integer year) {
        return year == null || Objects.equals(flowYear, year);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(Map<String, Object> row) {
        return (Map<String, Object>) row.get("node");
    }

    private static String type(Map<String, Object> row) {
        return (String) node(row).get("type");
    }

    /** Adds the node's row, and its flags unless {@code flags} is null (not asked for). */
    @SuppressWarnings("unchecked")
    private void reconcileNode(Map<String, Object> row, Map<String, FlowFacts> flows, Integer year,
            List<ReconciliationRow> rows, List<ReconciliationFlag> flags) {
        Map<String, Object> node = node(row);
        String type = type(row);
        List<FlowFacts> ins = ((List<String>) row.get("ins")).stream().map(flows::get).filter(Objects::nonNull).toList();
        List<FlowFacts> outs = ((List<String>) row.get("outs")).stream().map(flows::get).filter(Objects::nonNull)
                .toList();
        Quantity stated = stated(node, year);
        MoneyTally movedIn = MoneyTally.of(ins.stream().filter(f -> !f.intended()).toList());
        MoneyTally movedOut = MoneyTally.of(outs.stream().filter(f -> !f.intended()).toList());
        BigDecimal in = in(stated, movedIn.whole() ? movedIn.known() : null);
        BigDecimal out = out(movedOut.flowCount(), movedOut.maskedCount() + movedOut.nonMoneyCount(), movedOut.known());
        if (!ins.isEmpty() || !outs.isEmpty() || stated != null) {
            rows.add(row(node, stated, ins, outs, in, out));
        }
        if (flags == null) {
            return;
        }
        String name = (String) node.get("name");
        BigDecimal knownOut = movedOut.known();
        if (in != null && knownOut != null && knownOut.compareTo(in) > 0) {
            List<FlowFacts> raising = new ArrayList<>(ins);
            raising.addAll(outs);
            List<Map<String, Object>> sources = new ArrayList<>(stated != null ? sources(node) : List.of());
            raising.forEach(f -> sources.addAll(f.sources()));
            flags.add(new ReconciliationFlag(FlagCode.OVER_ALLOCATION, node, name + " gave out "
                    + FlowFacts.plain(knownOut) + " yuan but had " + FlowFacts.plain(in),
                    List.of(FlagFigure.yuan("in", FlowFacts.plain(in)), FlagFigure.yuan("knownOut", FlowFacts.plain(knownOut)),
                            FlagFigure.yuan("excess", FlowFacts.plain(knownOut.subtract(in))),
                            FlagFigure.count("maskedOut", movedOut.maskedCount())),
                    raising.stream().map(FlowFacts::node).toList(), distinct(sources)));
        }
        if (type.equals("Fund") && stated != null && ((List<Map<String, Object>>) row.get("ofFund")).stream()
                .noneMatch(f -> inYear(FlowFacts.yearOf(f), year))) {
            flags.add(new ReconciliationFlag(FlagCode.NO_DOWNSTREAM_USE, node, "The fund " + name + " states "
                    + stated.text() + " but no flow of it is recorded", List.of(FlagFigure.quantity("statedAmount", stated)),
                    List.of(), sources(node)));
        }
        if ((type.equals("Region") || type.equals("Organization")) && movedIn.flowCount() > 0
                && movedOut.flowCount() == 0) {
            List<FlowFacts> received = ins.stream().filter(f -> !f.intended()).toList();
            List<Map<String, Object>> sources = new ArrayList<>();
            received.forEach(f -> sources.addAll(f.sources()));
            flags.add(new ReconciliationFlag(FlagCode.NO_DOWNSTREAM_USE, node, name + " received money but records "
                    + "no use of it", List.of(FlagFigure.yuan("received", movedIn.yuan()),
                            FlagFigure.count("receivedFlows", movedIn.flowCount()),
                            FlagFigure.count("maskedIn", movedIn.maskedCount())),
                    received.stream().map(FlowFacts::node).toList(), distinct(sources)));
        }
        if (type.equals("Project") && ins.isEmpty() && !Boolean.TRUE.equals(row.get("fundLinked"))) {
            Quantity investment = Quantity.fromProperties(node, "investment");
            List<FlagFigure> figures = new ArrayList<>(List.of(FlagFigure.count("inflows", 0)));
            if (investment != null) {
                figures.add(FlagFigure.quantity("investment", investment));
            }
            flags.add(new ReconciliationFlag(FlagCode.UNFUNDED_PROJECT, node, "The project " + name
                    + " has no recorded inflow and no fund linked to it", figures, List.of(), sources(node)));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sources(Map<String, Object> node) {
        return (List<Map<String, Object>>) node.getOrDefault("__sources", List.of());
    }

    /** The same sentence often states the fund and its flow; list it once. */
    private static List<Map<String, Object>> distinct(List<Map<String, Object>> sources) {
        Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
        for (Map<String, Object> source : sources) {
            Object document = ((Map<?, ?>) source.get("document")).get("id");
            unique.putIfAbsent(document + "@" + source.get("start") + "-" + source.get("end"), source);
        }
        return List.copyOf(unique.values());
    }
}
