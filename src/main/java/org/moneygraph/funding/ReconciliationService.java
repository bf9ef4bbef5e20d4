package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Sets what came into each node against what went out, and flags what does not add up. One round trip; the
 * year filter and all sums are applied here, exactly, with BigDecimal.
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
     */
    record Needs(boolean sources, boolean flows, boolean flags, boolean nodes) {
    }

    @SuppressWarnings("unchecked")
    Reconciliation reconcile(String scopeId, Integer year, Needs needs) {
        List<Map<String, Object>> result = reader.read(needs.flags() ? ReconciliationQueries.RECONCILIATION
                : ReconciliationQueries.RECONCILIATION_WITHOUT_FLAGS, Map.of("scope", scopeId, "withSources",
                        needs.sources(), "withFlows", needs.flows() || needs.sources(), "withNodes",
                        needs.nodes() || needs.flags() || needs.sources()));
        if (result.isEmpty()) {
            throw new NotFoundException("scope", "No node has the ID " + scopeId);
        }
        Map<String, Object> answer = result.getFirst();
        if (!SCOPE_TYPES.contains(answer.get("scopeType"))) {
            throw new InvalidInputException("scope", "must be a Fund, Region or Organization, not a "
                    + answer.get("scopeType"));
        }
        Map<String, FlowFacts> flows = new LinkedHashMap<>();
        for (Map<String, Object> node : (List<Map<String, Object>>) answer.get("flows")) {
            FlowFacts flow = FlowFacts.withoutEnds(node);
            if (inYear(flow.year(), year)) {
                flows.put(flow.id(), flow);
            }
        }
        List<ReconciliationRow> rows = new ArrayList<>();
        List<ReconciliationFlag> flags = new ArrayList<>();
        List<Map<String, Object>> nodes = ((List<Map<String, Object>>) answer.get("rows")).stream()
                .sorted(Comparator.comparing((Map<String, Object> r) -> ROW_ORDER.indexOf(type(r)))
                        .thenComparing(r -> (String) node(r).get("id")))
                .toList();
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
        Quantity stated = type.equals("Fund") && inYear(FlowFacts.yearOf(node), year)
                ? Quantity.fromProperties(node, "amount") : null;
        MoneyTally movedIn = MoneyTally.of(ins.stream().filter(f -> !f.intended()).toList());
        MoneyTally movedOut = MoneyTally.of(outs.stream().filter(f -> !f.intended()).toList());
        BigDecimal in = stated != null ? stated.yuan() == null ? null : new BigDecimal(stated.yuan())
                : movedIn.whole() ? movedIn.known() : null;
        BigDecimal out = movedOut.maskedCount() > 0 || movedOut.nonMoneyCount() > 0 ? null
                : movedOut.flowCount() == 0 ? BigDecimal.ZERO : movedOut.known();
        if (!ins.isEmpty() || !outs.isEmpty() || stated != null) {
            rows.add(new ReconciliationRow(node, stated, ins, outs, FlowFacts.plain(in),
                    FlowFacts.plain(out), in == null || out == null ? null : FlowFacts.plain(in.subtract(out))));
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
