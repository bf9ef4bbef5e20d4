package org.moneygraph.accountability;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who answers for a subject, link by link, up to the governments and party committees that answer in the
 * end. Built only from relationships the reports state: where they stop short, the chain says where and
 * why instead of making a link up.
 *
 * @param subject  what the chain is for
 * @param links    each link from a lower node to the node that answers for it, nearest first
 * @param parties  every node of the chain once, with its distance from the subject
 * @param top      the governments and party committees reached
 * @param complete the chain reaches a government or party committee and nothing on the way is missing
 * @param breaks   where the reports leave the chain incomplete
 */
public record AccountabilityChain(Map<String, Object> subject, List<Link> links, List<Party> parties,
        List<Map<String, Object>> top, boolean complete, List<Break> breaks) {

    /** One link: {@code to} answers for {@code from}. */
    public record Link(int depth, Map<String, Object> from, Map<String, Object> to, String kind, String relationship,
            Map<String, Object> responsibility, String responsibilityType, String responsibilityText, String role,
            String holderTitle, List<Object> sources) {
    }

    /** A node of the chain and how many links separate it from the subject. */
    public record Party(Map<String, Object> node, int depth, boolean answersInTheEnd) {
    }

    /** A place where the chain stops short: the node, what the reports do not say, and a sentence. */
    public record Break(Map<String, Object> at, String missing, String message) {
    }

    /** A relationship as read, oriented from the node answered for ({@code lower}) to the one answering. */
    private record Edge(String type, String lower, String upper, List<Object> sources) {
    }

    @SuppressWarnings("unchecked")
    static AccountabilityChain from(Map<String, Object> row) {
        Map<String, Object> subject = (Map<String, Object>) row.get("subject");
        Map<String, Map<String, Object>> nodes = new HashMap<>();
        nodes.put(id(subject), subject);
        ((List<Map<String, Object>>) row.get("nodes")).forEach(n -> nodes.put(id(n), n));

        List<Edge> edges = new ArrayList<>();
        for (Map<String, Object> link : (List<Map<String, Object>>) row.get("links")) {
            String type = (String) link.get("type");
            boolean forward = ChainRepository.FORWARD.contains(type);
            String start = (String) link.get("start");
            String end = (String) link.get("end");
            edges.add(new Edge(type, forward ? start : end, forward ? end : start, (List<Object>) link.get("sources")));
        }
        // A flow whose granting party is stated answers through that party; its fund's administrator is
        // a different question (who manages the pot), so the fund is followed only when no party is named.
        Set<String> flowsWithSource = new HashSet<>();
        edges.stream().filter(e -> e.type().equals("FROM")).forEach(e -> flowsWithSource.add(e.lower()));
        edges.removeIf(e -> e.type().equals("OF_FUND") && flowsWithSource.contains(e.lower()));

        List<Link> links = collapseResponsibilities(edges, nodes);
        Map<String, Integer> depth = depths(id(subject), links);
        links = new ArrayList<>(links.stream().filter(l -> depth.containsKey(id(l.from()))).map(l -> withDepth(l, depth)).toList());
        links.sort(Comparator.comparingInt(Link::depth).thenComparing(Link::kind)
                .thenComparing(l -> String.valueOf(l.to().get("name"))).thenComparing(l -> id(l.to())));

        Set<String> hasUpward = new HashSet<>();
        Set<String> ledProjects = new HashSet<>();
        links.forEach(l -> {
            hasUpward.add(id(l.from()));
            if (l.kind().equals("LEAD_UNIT")) {
                ledProjects.add(id(l.from()));
            }
        });
        Set<String> cut = new HashSet<>((List<String>) row.get("cut"));

        List<Party> parties = depth.entrySet().stream()
                .map(e -> new Party(nodes.get(e.getKey()), e.getValue(), answersInTheEnd(nodes.get(e.getKey()))))
                .sorted(Comparator.comparingInt(Party::depth).thenComparing(p -> id(p.node())))
                .toList();
        List<Map<String, Object>> top = parties.stream().filter(Party::answersInTheEnd).map(Party::node).toList();

        List<Break> breaks = new ArrayList<>();
        for (Party party : parties) {
            Map<String, Object> node = party.node();
            String type = (String) node.get("type");
            if (type.equals("Project") && !ledProjects.contains(id(node))) {
                breaks.add(new Break(node, "LEAD_UNIT_NOT_STATED",
                        "The reports name no lead unit (牵头单位) for " + node.get("name") + "."));
            }
            if (!hasUpward.contains(id(node)) && !party.answersInTheEnd()) {
                breaks.add(cut.contains(id(node))
                        ? new Break(node, "DEPTH_LIMIT", "The chain was followed " + ChainRepository.MAX_DEPTH
                                + " links deep; it may go on above " + node.get("name") + ".")
                        : deadEnd(node));
            }
        }
        if (top.isEmpty() && breaks.isEmpty()) {
            // Every node answers to another, yet no government is reached: the units point at each other.
            breaks.add(new Break(subject, "CYCLE", "The units above " + subject.getOrDefault("name", id(subject))
                    + " answer to each other in a circle and reach no party committee or government."));
        }
        return new AccountabilityChain(subject, List.copyOf(links), parties, top,
                breaks.isEmpty() && !top.isEmpty(),
                List.copyOf(breaks));
    }

    static boolean answersInTheEnd(Map<String, Object> node) {
        return "Organization".equals(node.get("type")) && ChainRepository.GOVERNING.contains(node.get("kind"));
    }

    /** Why a node that answers to nobody stops the chain, in the terms of its kind. */
    private static Break deadEnd(Map<String, Object> node) {
        String name = String.valueOf(node.getOrDefault("name", node.get("id")));
        return switch ((String) node.get("type")) {
            case "Campaign" -> new Break(node, "LEADING_BODY_NOT_STATED",
                    "The reports name no leading body or headquarters (领导机构/指挥部) for " + name + ".");
            case "Organization" -> new Break(node, "SUPERIOR_NOT_STATED",
                    "The reports do not say whom " + name + " answers to (上级单位).");
            case "Region" -> new Break(node, "GOVERNMENT_NOT_STATED",
                    "The reports name no party committee or government (党委/政府) of " + name + ".");
            case "Responsibility" -> node.get("holderTitle") != null
                    ? new Break(node, "HOLDER_NAMED_BY_TITLE_ONLY", "The responsibility is held by a post, "
                            + node.get("holderTitle") + ", that the reports do not tie to a unit (责任单位).")
                    : new Break(node, "HOLDER_NOT_STATED", "The reports do not say who holds this responsibility.");
            case "Problem", "Rectification" -> new Break(node, "RESPONSIBLE_UNIT_NOT_STATED",
                    "The reports name no responsible unit (责任单位) for " + name + ".");
            case "FundFlow" -> new Break(node, "SOURCE_NOT_STATED",
                    "The reports say neither who granted " + name + " nor from which fund (资金来源).");
            case "Fund" -> new Break(node, "ADMINISTRATOR_NOT_STATED",
                    "The reports name no unit that manages " + name + " (管理单位).");
            case "Pairing" -> new Break(node, "HELPER_NOT_STATED",
                    "The reports do not say who gives the help in " + name + " (帮扶方).");
            case "Indicator" -> new Break(node, "SUBJECT_NOT_STATED",
                    "The reports tie " + name + " to no project, campaign, unit or region (指标对象).");
            default -> new Break(node, "NOT_STATED", "The reports do not say who answers for " + name + ".");
        };
    }

    /**
     * A responsibility sits between what it is for and who holds it; the chain shows it as one link from
     * the subject to the holder, typed 负总责, 牵头 and so on. A responsibility held only by a post stays a
     * node of its own, the end of its branch.
     */
    private static List<Link> collapseResponsibilities(List<Edge> edges, Map<String, Map<String, Object>> nodes) {
        Map<String, List<Edge>> heldBy = new HashMap<>();
        edges.stream().filter(e -> e.type().equals("HELD_BY")).forEach(e ->
                heldBy.computeIfAbsent(e.lower(), k -> new ArrayList<>()).add(e));
        List<Link> links = new ArrayList<>();
        for (Edge edge : edges) {
            Map<String, Object> lower = nodes.get(edge.lower());
            Map<String, Object> upper = nodes.get(edge.upper());
            if (edge.type().equals("HELD_BY")) {
                continue;
            }
            if (edge.type().equals("FOR")) {
                List<Object> sources = sourcesOf(upper, edge.sources());
                for (Edge held : heldBy.getOrDefault(edge.upper(), List.of())) {
                    links.add(responsibilityLink(lower, nodes.get(held.upper()), upper, sources));
                }
                if (!heldBy.containsKey(edge.upper())) {
                    links.add(responsibilityLink(lower, upper, upper, sources));
                }
                continue;
            }
            links.add(new Link(0, lower, upper, kind(edge.type(), lower, upper), edge.type(), null, null, null,
                    null, null, edge.sources()));
        }
        return links;
    }

    private static Link responsibilityLink(Map<String, Object> lower, Map<String, Object> holder,
            Map<String, Object> responsibility, List<Object> sources) {
        return new Link(0, lower, holder, "RESPONSIBILITY", holder == responsibility ? "FOR" : "FOR/HELD_BY",
                responsibility, (String) responsibility.get("responsibilityType"),
                (String) responsibility.get("typeText"), (String) responsibility.get("role"),
                (String) responsibility.get("holderTitle"), sources);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> sourcesOf(Map<String, Object> node, List<Object> fallback) {
        Object own = node.get("__sources");
        return own instanceof List<?> list && !list.isEmpty() ? (List<Object>) list : fallback;
    }

    /** What a link means, from its relationship and the kinds of node at its ends. */
    static String kind(String relationship, Map<String, Object> lower, Map<String, Object> upper) {
        String lowerType = (String) lower.get("type");
        String upperType = (String) upper.get("type");
        return switch (relationship) {
            case "LEADS" -> lowerType.equals("Project") ? "LEAD_UNIT" : "LEADING_BODY";
            case "PARTICIPATES_IN" -> "PARTICIPATING_UNIT";
            case "COMMANDS" -> "HEADQUARTERS";
            case "PART_OF" -> switch (lowerType + ">" + upperType) {
                case "Project>Campaign", "Indicator>Campaign" -> "CAMPAIGN";
                case "Campaign>Campaign" -> "PARENT_CAMPAIGN";
                case "Project>Project" -> "PARENT_PROJECT";
                default -> "PART_OF";
            };
            case "DIRECTED_BY" -> "DIRECTED_BY";
            case "MEMBER_OF" -> "MEMBER_OF";
            case "MEASURES" -> "MEASURED_SUBJECT";
            case "CONCERNS" -> "CONCERNED_SUBJECT";
            case "ASSIGNED_TO" -> "ASSIGNED_UNIT";
            case "RECTIFIES" -> "PROBLEM";
            case "FROM" -> "FLOW_SOURCE";
            case "OF_FUND" -> "FUND";
            case "ADMINISTERS" -> "FUND_ADMINISTRATOR";
            case "HELPER" -> "HELPER";
            case "IN_REGION" -> "REGIONAL_GOVERNMENT";
            default -> relationship;
        };
    }

    /** Breadth-first distance of every node from the subject, along the links as they point up. */
    private static Map<String, Integer> depths(String subject, List<Link> links) {
        Map<String, List<String>> up = new HashMap<>();
        links.forEach(l -> up.computeIfAbsent(id(l.from()), k -> new ArrayList<>()).add(id(l.to())));
        Map<String, Integer> depth = new LinkedHashMap<>();
        depth.put(subject, 0);
        Deque<String> queue = new ArrayDeque<>(List.of(subject));
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : up.getOrDefault(node, List.of())) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(node) + 1);
                    queue.add(next);
                }
            }
        }
        return depth;
    }

    private static Link withDepth(Link l, Map<String, Integer> depth) {
        return new Link(depth.get(id(l.from())) + 1, l.from(), l.to(), l.kind(), l.relationship(), l.responsibility(),
                l.responsibilityType(), l.responsibilityText(), l.role(), l.holderTitle(), l.sources());
    }

    static String id(Map<String, Object> node) {
        return (String) Objects.requireNonNull(node.get("id"));
    }
}
