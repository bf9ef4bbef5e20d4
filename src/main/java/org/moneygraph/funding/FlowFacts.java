package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.Quantity;

/**
 * One fund flow as the money queries read it: its node map (with sources, so clients can select any field)
 * and the few facts they sum and filter by. A masked figure stays masked here: it has no yuan, never zero.
 *
 * @param node     the flow as {@code GraphReader.entity} projects it
 * @param fundId   the fund it is drawn from, or null when the report does not say or the ends were not read
 * @param fromId   the giver, or null when the report does not say or the ends were not read
 * @param toId     the receiver, or null when the ends were not read
 * @param amount   the amount read from the node once: sorting and summing a trail of thousands of hops asks
 *                 for it many times per flow
 * @param flowType the flow's type, also read once: the tallies ask it of every flow after a tier is read, when
 *                 the flow's map is no longer in the processor's cache (2.7 % of a whole trail's samples)
 */
record FlowFacts(Map<String, Object> node, String fundId, String fromId, String toId, Quantity amount,
        String flowType) {

    FlowFacts(Map<String, Object> node, String fundId, String fromId, String toId) {
        this(node, fundId, fromId, toId, Quantity.fromProperties(node, "amount"));
    }

    FlowFacts(Map<String, Object> node, String fundId, String fromId, String toId, Quantity amount) {
        this(node, fundId, fromId, toId, amount, (String) node.get("flowType"));
    }

    /**
     * A flow read without its giver, receiver and fund, for a question that knows from elsewhere which nodes the
     * flow joins (the reconciliation's lists of each node's flows in and out).
     */
    static FlowFacts withoutEnds(Map<String, Object> node) {
        return new FlowFacts(node, null, null, null);
    }

    /**
     * A fund's entry flows, for a subquery that imports fund {@code n}: the flows of the fund that name no giver, or
     * whose giver received the fund by no other of its flows (the province handing a bond down, the 市 handing down
     * 308.42亿元 of 补助资金 it never records receiving). It binds {@code n}, {@code f} and {@code giver}; the caller
     * returns what it needs. Whether a giver received the fund is asked once per giver, not once per flow (a flow
     * has at most one giver: linking another replaces it), and a flow that gives to its own giver, the one way the
     * other flow can be the flow itself, is looked at only for the few givers left. On the largest fund of L
     * (250,000 flows, about 50,000 givers) the entry flows took 0.7–1.1 s instead of 1.8–2.5 s over Bolt, and the
     * province's reconciliation 26.5 million database hits instead of 43.9 million.
     */
    static final String ENTRY_FLOWS = """
            WITH n WHERE n:Fund
            MATCH (n)<-[:OF_FUND]-(f:FundFlow)
            OPTIONAL MATCH (f)-[:FROM]->(giver:Entity)
            WITH n, giver, collect(f) AS given
            WHERE giver IS NULL
               OR NOT EXISTS { (giver)<-[:TO]-(g:FundFlow)-[:OF_FUND]->(n) WHERE NOT EXISTS { (g)-[:FROM]->(giver) } }
            UNWIND given AS f
            WITH n, f, giver
            WHERE giver IS NULL OR NOT EXISTS { (giver)<-[:TO]-(g:FundFlow)-[:OF_FUND]->(n) WHERE g <> f }
            """;

    /**
     * Projection of flow {@code variable} for the money queries: whole (with sources when {@code $withSources})
     * when the request shows the flows themselves ({@code $withFlows}); else only the properties this record
     * reads (ID, type, year, amount), since a flow has about twenty.
     */
    static String projection(String variable) {
        return "CASE WHEN $withFlows THEN " + GraphReader.entityIf(variable) + " ELSE " + facts(variable, "") + " END";
    }

    /**
     * Projection of flow {@code variable} for a money trail's hop: whole when {@code $withFlows}; else
     * {@link #projection(String)} plus the period and purpose when the hops show their facts
     * ({@code $withFacts}); else only what the trail's sums, order and types need and an amount's text, value,
     * unit and masked flag. On the busiest trail of L (25,005 hops) the facts are about a tenth of the walk's
     * server time, and a trail is mostly asked for where money went and how much.
     */
    static String hopProjection(String variable) {
        return "CASE WHEN $withFlows THEN " + GraphReader.entityIf(variable)
                + " WHEN $withFacts THEN " + facts(variable, " .periodText, .purpose,")
                + " ELSE " + variable + " {.id, .flowType, .amountText, .amountValue, .amountUnit, .amountMasked} END";
    }

    /** The properties {@link #projection(String)} reads of a flow not shown whole, and {@code more}. */
    private static String facts(String variable, String more) {
        return variable + " {.id, .flowType, .periodYear," + more + " .amountText, .amountValue, .amountUnit,"
                + " .amountQualifier, .amountMasked, .amountAsOf, .amountYear}";
    }

    /** The flow types in the order of the GraphQL enum, so totals per type come out in a stable order. */
    static final List<String> FLOW_TYPES = List.of("ALLOCATED", "TRANSFERRED", "DISBURSED", "SPENT", "CREDIT_GRANTED",
            "LOAN", "INVESTED", "REQUESTED", "PLANNED");

    /** Money asked for or planned has not moved; the reconciliation keeps it out of in and out. */
    static final Set<String> INTENDED = Set.of("REQUESTED", "PLANNED");

    String id() {
        return (String) node.get("id");
    }

    /** The year of the flow: its period's year, else its amount's year; null when the report gives neither. */
    Integer year() {
        return yearOf(node);
    }

    static Integer yearOf(Map<String, Object> props) {
        Object year = props.get("periodYear") != null ? props.get("periodYear") : props.get("amountYear");
        return year == null ? null : ((Number) year).intValue();
    }

    /** Digits hidden in the source (10x亿元, XX万元): counted apart, never as zero. */
    boolean masked() {
        Quantity amount = amount();
        return amount != null && (amount.masked() || amount.isMoney() && amount.value() == null);
    }

    /** A figure with no money unit, which cannot be summed with yuan. */
    boolean nonMoney() {
        Quantity amount = amount();
        return amount == null || !amount.masked() && !amount.isMoney();
    }

    /** Exact yuan when known; null when masked or not money. */
    BigDecimal yuan() {
        return yuanOf(amount);
    }

    /** Exact yuan of an amount when known; null when masked, not money or missing. */
    static BigDecimal yuanOf(Quantity amount) {
        return amount != null && amount.isMoney() && !amount.masked() ? amount.value() : null;
    }

    boolean intended() {
        return INTENDED.contains(flowType());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sources() {
        return (List<Map<String, Object>>) node.getOrDefault("__sources", List.of());
    }

    static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
