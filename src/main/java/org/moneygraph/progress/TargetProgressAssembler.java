package org.moneygraph.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.moneygraph.graph.Quantity;
import org.moneygraph.progress.TargetProgress.BehindItem;
import org.moneygraph.progress.TargetProgress.BehindItem.Reason;
import org.moneygraph.progress.TargetProgress.IndicatorProgress;
import org.moneygraph.progress.TargetProgress.ProgressItem;
import org.moneygraph.progress.TargetProgress.ProjectProgress;
import org.moneygraph.progress.TargetProgress.RectificationBasis;
import org.moneygraph.progress.TargetProgress.RectificationProgress;

/** Turns the rows of the progress query into the answer: statuses, ratios and the behind list. */
final class TargetProgressAssembler {

    /** Who answers for each target node, by the target's ID. */
    private final Map<String, List<AccountableUnit>> byTarget = new LinkedHashMap<>();
    private final List<BehindItem> behind = new ArrayList<>();

    private TargetProgressAssembler(Map<String, Object> row) {
        for (Map<String, Object> target : rows(row, "accountableRows")) {
            Map<String, Object> via = map(target, "via");
            byTarget.put((String) target.get("id"), rows(target, "accountable").stream()
                    .map(unit -> AccountableUnit.of(unit, via)).toList());
        }
    }

    /** Where a node is first stated: its report, the offset in it, and its ID to break ties. */
    private record Place(String documentKey, long firstStart, String id) implements Comparable<Place> {

        private static final Comparator<Place> ORDER = Comparator.comparing(Place::documentKey)
                .thenComparingLong(Place::firstStart).thenComparing(Place::id);

        static Place of(Map<String, Object> node) {
            return new Place(String.valueOf(node.get("documentKey")),
                    node.get("firstStart") instanceof Number x ? x.longValue() : 0L, String.valueOf(node.get("id")));
        }

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * The items in document order of their nodes (the report, then where in it the node is first stated). Each
     * node's place is read once: a comparator reading the maps looked up 300,000 nodes' properties about twenty
     * times each, a fifth of a province's answer.
     */
    private static <T> List<T> inDocumentOrder(List<T> items, Function<T, Map<String, Object>> node,
            Comparator<T> first) {
        record Keyed<T>(T item, Place place) {
        }
        return items.stream().map(item -> new Keyed<>(item, Place.of(node.apply(item))))
                .sorted(Comparator.comparing(Keyed<T>::item, first).thenComparing(Keyed::place))
                .map(Keyed::item).toList();
    }

    private static <T> List<T> inDocumentOrder(List<T> items, Function<T, Map<String, Object>> node) {
        return inDocumentOrder(items, node, (x, y) -> 0);
    }

    static TargetProgress assemble(Map<String, Object> scope, Map<String, Object> row, boolean behindOnly) {
        return new TargetProgressAssembler(row).answer(scope, row, behindOnly);
    }

    private TargetProgress answer(Map<String, Object> scope, Map<String, Object> row, boolean behindOnly) {
        List<IndicatorProgress> indicators = inDocumentOrder(rows(row, "indicatorRows").stream()
                .map(this::indicator).toList(), IndicatorProgress::indicator);
        List<ProjectProgress> projects = inDocumentOrder(rows(row, "projectRows").stream()
                .map(this::project).toList(), ProjectProgress::project);
        List<RectificationProgress> rectifications = inDocumentOrder(rows(row, "rectificationRows").stream()
                .map(this::rectification).toList(), RectificationProgress::rectification);
        List<Map<String, Object>> problems = inDocumentOrder(rows(row, "problemRows"), Function.identity());
        List<BehindItem> behind = inDocumentOrder(this.behind, BehindItem::node,
                Comparator.comparing(BehindItem::reason));
        TargetProgress.Summary summary = summary(indicators, projects, rectifications, problems, behind);
        if (behindOnly) {
            indicators = indicators.stream().filter(i -> i.status() == TargetStatus.BELOW_TARGET).toList();
            projects = projects.stream().filter(ProjectProgress::behind).toList();
            rectifications = rectifications.stream().filter(RectificationProgress::behind).toList();
        }
        return new TargetProgress(scope, indicators, projects, rectifications, problems, behind, summary);
    }

    private IndicatorProgress indicator(Map<String, Object> row) {
        Map<String, Object> node = map(row, "node");
        Quantity actual = Quantity.fromProperties(node, "actual");
        Quantity target = Quantity.fromProperties(node, "target");
        Comparison comparison = Comparison.of(actual, target);
        List<AccountableUnit> accountable = accountable(row);
        if (comparison.below()) {
            behind.add(new BehindItem(Reason.INDICATOR_BELOW_TARGET, node, null, (String) node.get("name"), actual,
                    target, comparison.ratio(), null, null, accountable, nodes(node)));
        }
        return new IndicatorProgress(node, comparison.status(), actual, target,
                Quantity.fromProperties(node, "baseline"), comparison.ratio(), Period.of(node, "period"), accountable);
    }

    private ProjectProgress project(Map<String, Object> row) {
        Map<String, Object> project = map(row, "node");
        List<AccountableUnit> accountable = accountable(row);
        int before = behind.size();
        List<ProgressItem> items = new ArrayList<>();
        for (List<Map<String, Object>> readings : byItem(rows(row, "progress")).values()) {
            Map<String, Object> actual = latest(readings, "ACTUAL");
            Map<String, Object> target = latest(readings, "TARGET");
            Quantity actualQuantity = actual == null ? null : Quantity.fromProperties(actual, "quantity");
            Quantity targetQuantity = target == null ? null : Quantity.fromProperties(target, "quantity");
            Comparison comparison = Comparison.of(actualQuantity, targetQuantity);
            String item = (String) readings.getFirst().get("item");
            items.add(new ProgressItem(item, actual, target, comparison.ratio(), comparison.status()));
            if (comparison.below()) {
                behind.add(new BehindItem(Reason.PROGRESS_BELOW_TARGET, actual, project, item, actualQuantity,
                        targetQuantity, comparison.ratio(), null, null, accountable, nodes(actual, target)));
            }
        }
        List<Map<String, Object>> late = rows(row, "lateMilestones");
        for (Map<String, Object> milestone : late) {
            Reason reason = "MISSED".equals(milestone.get("status")) ? Reason.MILESTONE_MISSED : Reason.MILESTONE_LATE;
            behind.add(new BehindItem(reason, milestone, project, (String) milestone.get("name"), null, null, null,
                    Period.of(milestone, "due"), Period.of(milestone, "expected"), accountable, nodes(milestone)));
        }
        String status = (String) project.get("status");
        if ("STALLED".equals(status)) {
            behind.add(new BehindItem(Reason.PROJECT_STALLED, project, project, (String) project.get("name"), null,
                    null, null, null, null, accountable, nodes(project)));
        }
        return new ProjectProgress(project, status, items, late, behind.size() > before, accountable);
    }

    /** Readings grouped by their item as written, in the order the report states them. */
    private static Map<String, List<Map<String, Object>>> byItem(List<Map<String, Object>> readings) {
        Map<String, List<Map<String, Object>>> items = new LinkedHashMap<>();
        readings.stream().sorted(Comparator.comparingLong(r -> ((Number) r.get("index")).longValue()))
                .forEach(r -> items.computeIfAbsent((String) r.get("item"), k -> new ArrayList<>()).add(r));
        return items;
    }

    /** The latest reading of a kind: the latest stated as-of year, then the one the report states last. */
    private static Map<String, Object> latest(List<Map<String, Object>> readings, String kind) {
        return readings.stream().filter(r -> kind.equals(r.get("kind")))
                .max(Comparator.comparingLong((Map<String, Object> r) -> r.get("asOfYear") instanceof Number y ? y.longValue() : Long.MIN_VALUE)
                        .thenComparingLong(r -> ((Number) r.get("index")).longValue()))
                .orElse(null);
    }

    private RectificationProgress rectification(Map<String, Object> row) {
        Map<String, Object> node = map(row, "node");
        Map<String, Object> problem = map(row, "problem");
        Quantity measures = Quantity.fromProperties(node, "measureCount");
        Quantity completed = Quantity.fromProperties(node, "completedCount");
        Quantity remaining = Quantity.fromProperties(node, "remainingCount");
        Quantity problemCount = problem == null ? null : Quantity.fromProperties(problem, "count");
        Quantity total = null;
        RectificationBasis basis = null;
        Double ratio = null;
        if (measures != null) {
            total = measures;
            basis = RectificationBasis.MEASURE_COUNT;
        }
        else if (problemCount != null) {
            total = problemCount;
            basis = RectificationBasis.PROBLEM_COUNT;
        }
        if (total != null) {
            ratio = Comparison.ratio(completed, total);
        }
        else if (completed != null && remaining != null && completed.value() != null && remaining.value() != null
                && Objects.equals(completed.unit(), remaining.unit())) {
            basis = RectificationBasis.COMPLETED_PLUS_REMAINING;
            ratio = Comparison.ratio(completed.value(), completed.value().add(remaining.value()));
        }
        boolean remains = remaining != null && remaining.value() != null && remaining.value().signum() > 0;
        boolean isBehind = !"COMPLETED".equals(node.get("status")) && ((ratio != null && ratio < 1.0) || remains);
        List<AccountableUnit> accountable = accountable(row);
        if (isBehind) {
            List<Map<String, Object>> sources = basis == RectificationBasis.PROBLEM_COUNT ? nodes(node, problem) : nodes(node);
            behind.add(new BehindItem(Reason.RECTIFICATION_INCOMPLETE, node, null, (String) node.get("name"), completed,
                    total, ratio, Period.of(node, "deadline"), null, accountable, sources));
        }
        return new RectificationProgress(node, problem, total, basis, completed, remaining, ratio, isBehind, accountable);
    }

    private static TargetProgress.Summary summary(List<IndicatorProgress> indicators, List<ProjectProgress> projects,
            List<RectificationProgress> rectifications, List<Map<String, Object>> problems, List<BehindItem> behind) {
        Map<TargetStatus, Integer> statuses = new EnumMap<>(TargetStatus.class);
        indicators.forEach(i -> statuses.merge(i.status(), 1, Integer::sum));
        Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
        behind.forEach(b -> reasons.merge(b.reason(), 1, Integer::sum));
        return new TargetProgress.Summary(indicators.size(),
                statuses.entrySet().stream().map(e -> new TargetProgress.StatusCount(e.getKey(), e.getValue())).toList(),
                projects.size(), (int) projects.stream().filter(ProjectProgress::behind).count(), rectifications.size(),
                problems.size(),
                reasons.entrySet().stream().map(e -> new TargetProgress.ReasonCount(e.getKey(), e.getValue())).toList());
    }

    /** Who answers for an item: the units of each of its targets in turn, each link once. */
    @SuppressWarnings("unchecked")
    private List<AccountableUnit> accountable(Map<String, Object> row) {
        Map<String, AccountableUnit> units = new LinkedHashMap<>();
        for (String target : (List<String>) row.get("targets")) {
            byTarget.getOrDefault(target, List.of()).forEach(unit -> units.putIfAbsent(unit.identity(), unit));
        }
        return List.copyOf(units.values());
    }

    /** The nodes given, without the absent ones. */
    @SafeVarargs
    private static List<Map<String, Object>> nodes(Map<String, Object>... nodes) {
        return java.util.Arrays.stream(nodes).filter(Objects::nonNull).toList();
    }

    /** The sources of the given nodes, as {@code sourcesOf} gives them, each place once, in the nodes' order. */
    static List<Object> sources(List<Map<String, Object>> nodes,
            Function<Map<String, Object>, Object> sourcesOf) {
        Map<String, Object> sources = new LinkedHashMap<>();
        for (Map<String, Object> node : nodes) {
            for (Object source : (List<?>) sourcesOf.apply(node)) {
                Map<?, ?> s = (Map<?, ?>) source;
                Map<?, ?> document = (Map<?, ?>) s.get("document");
                sources.putIfAbsent(document.get("id") + "@" + s.get("start") + "-" + s.get("end"), source);
            }
        }
        return List.copyOf(sources.values());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> row, String key) {
        return (Map<String, Object>) row.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
