package org.moneygraph.accountability;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Connection;

/**
 * What a unit answers for, with the counts a leader looks at first: how much, how much directly, what is
 * behind and which problems are open.
 */
public record ResponsibilityReport(Map<String, Object> of, int totalCount, int directCount, int behindCount,
        int openProblemCount, List<TypeCount> countsByType, Connection<Item> items) {

    /** How many items of one kind of node. */
    public record TypeCount(String type, int count) {
    }

    /**
     * One thing the unit answers for.
     *
     * @param subject      the project, campaign, indicator, problem … answered for
     * @param link         how the unit, or the body it answers through, is tied to it
     * @param through      the bodies, campaigns and projects between the unit and the subject, nearest first
     * @param behindReason why it needs attention: STALLED, MILESTONE_LATE, BELOW_TARGET, RECTIFICATION_INCOMPLETE
     */
    public record Item(Map<String, Object> subject, boolean direct, String link, Map<String, Object> responsibility,
            String responsibilityType, String responsibilityText, String role, List<Map<String, Object>> through,
            String status, boolean behind, String behindReason, boolean openProblem, List<Object> sources) {
    }

    @SuppressWarnings("unchecked")
    static Item item(Map<String, Object> entry) {
        Map<String, Object> subject = (Map<String, Object>) entry.get("item");
        Map<String, Object> responsibility = (Map<String, Object>) entry.get("responsibility");
        List<Map<String, Object>> through = (List<Map<String, Object>>) entry.get("through");
        String link = (String) entry.get("how");
        String type = responsibility != null ? (String) responsibility.get("responsibilityType") : switch (link) {
            case "LEADS" -> "LEAD";
            case "PARTICIPATES_IN" -> "SUPPORT";
            case "COMMANDS" -> "COMMAND";
            default -> null;
        };
        List<Object> sources = responsibility != null && responsibility.get("__sources") instanceof List<?> own
                && !own.isEmpty() ? (List<Object>) own : (List<Object>) entry.get("sources");
        String behindReason = (String) entry.get("behindReason");
        return new Item(subject, through.isEmpty(), link, responsibility, type,
                responsibility == null ? null : (String) responsibility.get("typeText"),
                responsibility == null ? null : (String) responsibility.get("role"), through,
                (String) subject.get("status"), behindReason != null, behindReason,
                Boolean.TRUE.equals(entry.get("openProblem")), sources);
    }
}
