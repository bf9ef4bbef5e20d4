package org.moneygraph.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * The raw-Cypher floor: each question answered by hand-written Cypher through the Java driver, in one read
 * transaction, fetching only what the GraphQL query asks for. No HTTP, no GraphQL, no mapping to records.
 */
final class Floor {

    /** A question answered inside one read transaction. */
    interface Question {
        Object ask(TransactionContext tx, Map<String, Object> variables);
    }

    private final Driver driver;

    Floor(Driver driver) {
        this.driver = driver;
    }

    Object ask(Question question, Map<String, Object> variables) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> question.ask(tx, variables));
        }
    }

    /** One statement; the answer is its records as maps. */
    static Question statement(String cypher) {
        return (tx, variables) -> tx.run(cypher, variables).list(Record::asMap);
    }

    /**
     * A money trail downstream, tier by tier as the service does it (one statement per tier, each flow taken
     * once, each node expanded once, later tiers following only the fund of the hop that reached the node), with
     * what the benchmark's query shows: each hop's flow, receiver, type and yuan, and the trail's flow count and
     * sum (masked and non-money amounts have no yuan, as in the service), but no shares and no sources.
     */
    static Question moneyTrail() {
        return (tx, variables) -> {
            List<List<Hop>> tiers = walk(tx, variables);
            List<Map<String, Object>> hops = new ArrayList<>();
            tiers.forEach(tier -> tier.forEach(hop -> hops.add(hop.shown())));
            return Map.of("totals", totals(tiers.stream().flatMap(List::stream).toList()), "hops", hops);
        };
    }

    /**
     * The same trail as a dashboard asks for it: the trail's and each tier's count and sum, and the first
     * {@code page} hops of each tier in the service's order (by the node they branch from, largest known amount
     * first, then flow ID). The walk is the same; only the answer is smaller.
     */
    static Question moneyTrailPage(int page) {
        Comparator<Hop> order = Comparator.comparing(Hop::via)
                .thenComparing(Hop::yuan, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Hop::id);
        return (tx, variables) -> {
            List<List<Hop>> tiers = walk(tx, variables);
            List<Map<String, Object>> shown = new ArrayList<>();
            for (List<Hop> tier : tiers) {
                List<Map<String, Object>> first = tier.stream().sorted(order).limit(page).map(Hop::shown).toList();
                shown.add(Map.of("totals", totals(tier), "totalCount", tier.size(), "hops", first));
            }
            return Map.of("totals", totals(tiers.stream().flatMap(List::stream).toList()), "tiers", shown);
        };
    }

    /** One hop as the floor reads it; {@code via} is the node it branches from, {@code yuan} null when unknown. */
    private record Hop(String via, String id, String to, String flowType, BigDecimal yuan) {

        Map<String, Object> shown() {
            Map<String, Object> amount = new HashMap<>();
            amount.put("yuan", yuan);
            return Map.of("id", id, "to", Map.of("id", to), "flowType", flowType, "amount", amount);
        }
    }

    private static Map<String, Object> totals(List<Hop> hops) {
        BigDecimal sum = BigDecimal.ZERO;
        int known = 0;
        for (Hop hop : hops) {
            if (hop.yuan() != null) {
                sum = sum.add(hop.yuan());
                known++;
            }
        }
        Map<String, Object> totals = new HashMap<>();
        totals.put("flowCount", hops.size());
        totals.put("yuan", known == 0 ? null : sum);
        return totals;
    }

    /** The hops of each tier, nearest first. */
    private static List<List<Hop>> walk(TransactionContext tx, Map<String, Object> variables) {
        int depth = ((Number) variables.get("depth")).intValue();
        String from = (String) variables.get("from");
        List<Map<String, Object>> frontier = List.of(step(from, null));
        // Like the service: a node is followed once per fund that reached it (a "strand"), and once for all
        // funds when it was reached as the start or as a fund; each flow is counted once.
        Set<String> strands = new HashSet<>(Set.of(from + "|"));
        Set<String> seenFlows = new HashSet<>();
        List<List<Hop>> tiers = new ArrayList<>();
        for (int tier = 1; tier <= depth && !frontier.isEmpty(); tier++) {
            List<Record> records = tx.run("""
                    UNWIND $frontier AS step
                    MATCH (:Entity {id: step.node})<-[:FROM]-(f:FundFlow)-[:TO]->(to:Entity)
                    OPTIONAL MATCH (f)-[:OF_FUND]->(fund:Fund)
                    WITH step, f, to, fund WHERE step.fund IS NULL OR fund.id = step.fund
                    RETURN step.node AS via, f.id AS id, to.id AS to,
                           CASE WHEN to:Fund THEN null ELSE fund.id END AS fund, f.flowType AS flowType,
                           CASE WHEN f.amountUnit = '元' AND NOT coalesce(f.amountMasked, false)
                                THEN f.amountValue END AS yuan""",
                    Map.of("frontier", frontier)).list();
            List<Map<String, Object>> next = new ArrayList<>();
            List<Hop> hops = new ArrayList<>();
            for (Record record : records) {
                if (seenFlows.add(record.get("id").asString())) {
                    String to = record.get("to").asString();
                    Object yuan = record.get("yuan").asObject();
                    hops.add(new Hop(record.get("via").asString(), record.get("id").asString(), to,
                            record.get("flowType").asString(), yuan == null ? null : new BigDecimal(yuan.toString())));
                    String fund = record.get("fund").isNull() ? null : record.get("fund").asString();
                    if (!strands.contains(to + "|") && strands.add(to + "|" + (fund == null ? "" : fund))) {
                        next.add(step(to, fund));
                    }
                }
            }
            if (!hops.isEmpty()) {
                tiers.add(hops);
            }
            frontier = next;
        }
        return tiers;
    }

    private static Map<String, Object> step(String node, String fund) {
        Map<String, Object> step = new HashMap<>();
        step.put("node", node);
        step.put("fund", fund);
        return step;
    }
}
