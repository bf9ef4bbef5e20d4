package org.moneygraph.progress;

import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Quantity;

/** The answer of {@code targetProgress}; graph nodes inside it are property maps with their sources. */
record TargetProgress(Map<String, Object> scope, List<IndicatorProgress> indicators, List<ProjectProgress> projects,
        List<RectificationProgress> rectifications, List<Map<String, Object>> openProblems, List<BehindItem> behind,
        Summary summary) {

    record IndicatorProgress(Map<String, Object> indicator, TargetStatus status, Quantity actual, Quantity target,
            Quantity baseline, Double progressRatio, Period period, List<AccountableUnit> accountable) {
    }

    record ProjectProgress(Map<String, Object> project, String status, List<ProgressItem> items,
            List<Map<String, Object>> lateMilestones, boolean behind, List<AccountableUnit> accountable) {
    }

    record ProgressItem(String item, Map<String, Object> actual, Map<String, Object> target, Double progressRatio,
            TargetStatus status) {
    }

    record RectificationProgress(Map<String, Object> rectification, Map<String, Object> problem, Quantity total,
            RectificationBasis totalBasis, Quantity completed, Quantity remaining, Double completionRatio,
            boolean behind, List<AccountableUnit> accountable) {
    }

    /** The GraphQL enum {@code RectificationBasis}. */
    enum RectificationBasis {
        MEASURE_COUNT, PROBLEM_COUNT, COMPLETED_PLUS_REMAINING
    }

    /**
     * One entry of the behind list.
     *
     * @param sourceNodes the nodes whose sentences show it (the indicator; the actual and target readings; the
     *                    milestone; the project; the rectification and, for a count of problems, its problem)
     */
    record BehindItem(Reason reason, Map<String, Object> node, Map<String, Object> project, String item,
            Quantity actual, Quantity target, Double ratio, Period due, Period expected,
            List<AccountableUnit> accountable, List<Map<String, Object>> sourceNodes) {

        /** Whether the read brought the sentences of every source node, so that {@link #sources()} is whole. */
        boolean sourcesRead() {
            return sourceNodes.stream().allMatch(n -> n.containsKey("__sources"));
        }

        /** The sentences of the source nodes as read, each place once, in the order of the nodes. */
        List<Object> sources() {
            return TargetProgressAssembler.sources(sourceNodes, n -> n.getOrDefault("__sources", List.of()));
        }

        /** The GraphQL enum {@code BehindReason}, in the order the behind list is sorted. */
        enum Reason {
            INDICATOR_BELOW_TARGET, PROGRESS_BELOW_TARGET, MILESTONE_LATE, MILESTONE_MISSED, PROJECT_STALLED,
            RECTIFICATION_INCOMPLETE
        }
    }

    record Summary(int indicators, List<StatusCount> indicatorStatuses, int projects, int behindProjects,
            int rectifications, int openProblems, List<ReasonCount> behindReasons) {
    }

    record StatusCount(TargetStatus status, int count) {
    }

    record ReasonCount(BehindItem.Reason reason, int count) {
    }
}
