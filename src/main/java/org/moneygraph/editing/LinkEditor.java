package org.moneygraph.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.stereotype.Component;

/**
 * Relationships and sources: link and unlink two nodes with the sentence that states it, and add or remove
 * a source quote on a node or a relationship. Both ends are locked first, in ID order so that two writers
 * on the same pair cannot deadlock.
 */
@Component
class LinkEditor {

    private final WriteTransactions writes;
    private final ChangeLog changes;

    LinkEditor(WriteTransactions writes, ChangeLog changes) {
        this.writes = writes;
        this.changes = changes;
    }

    /** The two ends of a relationship, checked and locked. */
    private record Ends(String from, String type, String to, String fromLabel, String toLabel) {
    }

    Map<String, Object> link(Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Ends ends = ends(tx, input, "input");
            SourceQuotes quotes = new SourceQuotes(tx);
            List<SourceQuotes.Cited> cited = quotes.resolve("input.sources", EntityEditor.list(input.get("sources")), true);
            quotes.write(cited);
            List<String> before = citationIds(tx, ends);
            List<Map<String, Object>> replaced = before == null ? replaceSingle(tx, actor, ends) : List.of();
            LinkedHashSet<String> merged = new LinkedHashSet<>(before == null ? List.of() : before);
            cited.forEach(c -> merged.add(c.id()));
            tx.run("""
                    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                    MERGE (a)-[r:$($type)]->(b)
                    SET r.citationIds = $citationIds""", params(ends, List.copyOf(merged)));
            RegionScope.check(tx, actor, ends.from(), "input.from");
            RegionScope.check(tx, actor, ends.to(), "input.to");
            Map<String, Object> previous = before != null ? linkState(ends, before)
                    : replaced.isEmpty() ? null : Map.of("replaced", replaced);
            Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.LINK, ends.from(), ends.fromLabel(),
                    previous, linkState(ends, List.copyOf(merged)));
            return result(tx, ends, true, change);
        });
    }

    Map<String, Object> unlink(Map<String, Object> input) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            Ends ends = ends(tx, input, "input");
            RegionScope.check(tx, actor, ends.from(), "input.from");
            RegionScope.check(tx, actor, ends.to(), "input.to");
            List<String> before = citationIds(tx, ends);
            if (before == null) {
                throw new NotFoundException("input", "no " + ends.type() + " relationship from " + ends.from() + " to "
                        + ends.to() + " (关系不存在)");
            }
            if (Relationships.required(ends.fromLabel(), ends.type())) {
                long count = ((Number) tx.one("""
                        MATCH (:Entity {id: $from})-[r:$($type)]->() RETURN count(r) AS count""", params(ends, null))
                        .get("count")).longValue();
                if (count <= 1) {
                    throw new InvalidInputException("input.type", "a " + ends.fromLabel() + " needs its " + ends.type()
                            + " relationship; link the new one before unlinking the old (必需关系)");
                }
            }
            tx.run("MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to}) DELETE r", params(ends, null));
            Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.UNLINK, ends.from(),
                    ends.fromLabel(), linkState(ends, before), null);
            return result(tx, ends, false, change);
        });
    }

    Map<String, Object> addSource(Map<String, Object> input) {
        return changeSource(input, true);
    }

    Map<String, Object> removeSource(Map<String, Object> input) {
        return changeSource(input, false);
    }

    private Map<String, Object> changeSource(Map<String, Object> input, boolean add) {
        Actor actor = Actor.current().require(Role.EDITOR);
        return writes.write(tx -> {
            SourceQuotes quotes = new SourceQuotes(tx);
            String citationId = add ? null : (String) input.get("citationId");
            SourceQuotes.Cited cited = add ? quotes.resolve("input.source", FieldReader.asMap(input.get("source"))) : null;
            if (input.get("link") != null) {
                Ends ends = ends(tx, FieldReader.asMap(input.get("link")), "input.link");
                RegionScope.check(tx, actor, ends.from(), "input.link.from");
                RegionScope.check(tx, actor, ends.to(), "input.link.to");
                List<String> before = citationIds(tx, ends);
                if (before == null) {
                    throw new NotFoundException("input.link", "no " + ends.type() + " relationship from " + ends.from()
                            + " to " + ends.to() + " (关系不存在)");
                }
                List<String> after = edited(before, cited, citationId, quotes);
                tx.run("MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to}) SET r.citationIds = $citationIds",
                        params(ends, after));
                Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.SOURCE, ends.from(),
                        ends.fromLabel(), linkState(ends, before), linkState(ends, after));
                return Map.of("citationIds", after, "change", change);
            }
            String id = (String) input.get("nodeId");
            if (id == null) {
                throw new InvalidInputException("input.nodeId", "give a node or a link (节点或关系必填其一)");
            }
            Integer expected = (Integer) input.get("expectedVersion");
            Map<String, Object> current = expected == null ? NodeLocks.lock(tx, id, "input.nodeId")
                    : NodeLocks.lockAt(tx, id, expected, "input.nodeId", "input.expectedVersion");
            if (Relationships.NOT_LINKABLE.contains(current.get("type"))) {
                throw new InvalidInputException("input.nodeId", "a " + current.get("type") + " has no sources of its own");
            }
            RegionScope.check(tx, actor, id, "input.nodeId");
            List<String> before = tx.run("MATCH (:Entity {id: $id})-[:SOURCED_FROM]->(c:Citation) RETURN c.id AS id",
                    Map.of("id", id)).stream().map(r -> (String) r.get("id")).toList();
            List<String> after = edited(before, cited, citationId, quotes);
            tx.run("""
                    MATCH (n:Entity {id: $id})
                    SET n.version = coalesce(n.version, 1) + 1
                    WITH n
                    OPTIONAL MATCH (n)-[s:SOURCED_FROM]->(c:Citation) WHERE NOT c.id IN $after
                    DELETE s
                    WITH DISTINCT n
                    UNWIND $after AS citationId
                    MATCH (c:Citation {id: citationId})
                    MERGE (n)-[:SOURCED_FROM]->(c)""", Map.of("id", id, "after", after));
            Map<String, Object> change = changes.record(tx, actor, ChangeLog.Operation.SOURCE, id,
                    (String) current.get("type"), Map.of("citationIds", before, "version", current.get("version")),
                    Map.of("citationIds", after, "version", ((Number) current.get("version")).longValue() + 1));
            return Map.of("node", EntityEditor.read(tx, id), "citationIds", after, "change", change);
        });
    }

    /** The citation list after adding {@code cited} or removing {@code citationId}; the last one stays. */
    private static List<String> edited(List<String> before, SourceQuotes.Cited cited, String citationId,
            SourceQuotes quotes) {
        List<String> after = new ArrayList<>(before);
        if (cited != null) {
            quotes.write(List.of(cited));
            if (!after.contains(cited.id())) {
                after.add(cited.id());
            }
            return after;
        }
        if (!after.remove(citationId)) {
            throw new NotFoundException("input.citationId", citationId + " is not a source here (无此出处)");
        }
        if (after.isEmpty()) {
            throw new InvalidInputException("input.citationId", "is the last source; every fact keeps one (至少保留一处出处)");
        }
        return after;
    }

    private Ends ends(WriteTransactions.Tx tx, Map<String, Object> input, String path) {
        String from = (String) input.get("from");
        String to = (String) input.get("to");
        String type = (String) input.get("type");
        Map<String, String> labels = Relationships.labels(tx, List.of(from, to));
        if (!labels.containsKey(from)) {
            throw new NotFoundException(path + ".from", "no node with ID " + from + " (起点不存在)");
        }
        if (!labels.containsKey(to)) {
            throw new NotFoundException(path + ".to", "no node with ID " + to + " (终点不存在)");
        }
        if (!Relationships.allowed(labels.get(from), type, labels.get(to))) {
            throw new InvalidInputException(path + ".type", "a " + type + " relationship cannot go from a "
                    + labels.get(from) + " to a " + labels.get(to) + " (关系类型不符)");
        }
        // Lock in ID order: two writers on the same pair then queue instead of deadlocking.
        List.of(from, to).stream().distinct().sorted().forEach(id -> NodeLocks.lock(tx, id, path));
        return new Ends(from, type, to, labels.get(from), labels.get(to));
    }

    /**
     * A field that holds one node (a flow's receiver, a fund's administrator) keeps holding one: linking a new
     * end replaces the old one, which a region-limited editor must be allowed to touch too.
     */
    private static List<Map<String, Object>> replaceSingle(WriteTransactions.Tx tx, Actor actor, Ends ends) {
        List<Map<String, Object>> replaced = new ArrayList<>();
        for (Relationships.Single single : Relationships.SINGLES) {
            String owner = single.outgoing() ? ends.fromLabel() : ends.toLabel();
            String other = single.outgoing() ? ends.toLabel() : ends.fromLabel();
            if (!single.owner().equals(owner) || !single.type().equals(ends.type())
                    || !(single.others().isEmpty() || single.others().contains(other))) {
                continue;
            }
            String pattern = single.outgoing() ? "(:Entity {id: $id})-[r:$($type)]->(m:Entity)"
                    : "(:Entity {id: $id})<-[r:$($type)]-(m:Entity)";
            for (Map<String, Object> held : tx.run("MATCH " + pattern
                    + " WHERE $others = [] OR m.type IN $others RETURN m.id AS id, coalesce(r.citationIds, []) AS citationIds",
                    Map.of("id", single.outgoing() ? ends.from() : ends.to(), "type", ends.type(),
                            "others", List.copyOf(single.others())))) {
                RegionScope.check(tx, actor, (String) held.get("id"), single.outgoing() ? "input.to" : "input.from");
                Map<String, Object> old = new LinkedHashMap<>();
                old.put("type", ends.type());
                old.put("from", single.outgoing() ? ends.from() : held.get("id"));
                old.put("to", single.outgoing() ? held.get("id") : ends.to());
                old.put("citationIds", held.get("citationIds"));
                tx.run("MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to}) DELETE r", old);
                replaced.add(old);
            }
        }
        return replaced;
    }

    /** The relationship's citation IDs, or null when it does not exist. */
    @SuppressWarnings("unchecked")
    private static List<String> citationIds(WriteTransactions.Tx tx, Ends ends) {
        Map<String, Object> row = tx.one("""
                MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
                RETURN coalesce(r.citationIds, []) AS citationIds""", params(ends, null));
        return row == null ? null : (List<String>) row.get("citationIds");
    }

    private static Map<String, Object> params(Ends ends, List<String> citationIds) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("from", ends.from());
        params.put("type", ends.type());
        params.put("to", ends.to());
        params.put("citationIds", citationIds);
        return params;
    }

    private static Map<String, Object> linkState(Ends ends, List<String> citationIds) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", ends.type());
        state.put("from", ends.from());
        state.put("to", ends.to());
        state.put("citationIds", citationIds);
        return state;
    }

    private static Map<String, Object> result(WriteTransactions.Tx tx, Ends ends, boolean exists,
            Map<String, Object> change) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("from", EntityEditor.read(tx, ends.from()));
        result.put("type", ends.type());
        result.put("to", EntityEditor.read(tx, ends.to()));
        result.put("exists", exists);
        Map<String, Object> sources = exists ? tx.one("""
                MATCH (:Entity {id: $from})-[r:$($type)]->(:Entity {id: $to})
                RETURN %s AS sources""".formatted(GraphReader.linkSources("r")), params(ends, null)) : null;
        result.put("sources", sources == null ? List.of() : sources.get("sources"));
        result.put("change", change);
        return result;
    }
}
