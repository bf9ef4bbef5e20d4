package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.progress.TargetProgress.BehindItem.Reason;
import org.moneygraph.progress.TargetProgress.RectificationBasis;

/**
 * Cases the seed does not hold (a stalled project, a missed milestone, several readings of one item, a
 * rectification told only by completed and remaining), on rows shaped as the progress query returns them.
 */
class TargetProgressAssemblerTest {

    private static Map<String, Object> node(String id, Object... properties) {
        Map<String, Object> node = new HashMap<>();
        node.put("id", id);
        node.put("type", id.substring(0, id.indexOf(':')));
        node.put("documentKey", "900");
        node.put("firstStart", 0);
        node.put("__sources", List.of(Map.of("quote", "quote of " + id, "start", 0, "end", 1,
                "document", Map.of("id", "Document:900"))));
        for (int i = 0; i < properties.length; i += 2) {
            node.put((String) properties[i], properties[i + 1]);
        }
        return node;
    }

    private static Map<String, Object> reading(String id, int index, String kind, String text, String value, Integer year) {
        Map<String, Object> reading = node(id, "item", "主体工程", "kind", kind, "index", index, "quantityText", text,
                "quantityValue", value, "quantityUnit", "%", "quantityMasked", false);
        reading.put("asOfYear", year);
        return reading;
    }

    private static Map<String, Object> row(Object... entries) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            row.put((String) entries[i], entries[i + 1]);
        }
        return row;
    }

    private static TargetProgress assemble(boolean behindOnly) {
        Map<String, Object> stalled = row("node", node("Project:900-stalled", "name", "停工项目", "status", "STALLED"),
                "targets", List.of("Project:900-stalled", "Campaign:900-battle"),
                "progress", List.of(reading("ProgressObservation:900-a", 0, "ACTUAL", "60%", "60", 2022),
                        reading("ProgressObservation:900-b", 1, "ACTUAL", "40%", "40", 2023),
                        reading("ProgressObservation:900-c", 2, "TARGET", "50%", "50", null)),
                "lateMilestones", List.of(node("Milestone:900-m", "name", "竣工", "status", "MISSED", "dueText", "6月底")));
        Map<String, Object> onTrack = row("node", node("Project:900-fine", "name", "正常项目", "status", "UNDER_CONSTRUCTION"),
                "targets", List.of("Project:900-fine"), "progress", List.of(), "lateMilestones", List.of());
        Map<String, Object> rectification = row("node", node("Rectification:900-r", "name", "整改",
                "completedCountText", "5个", "completedCountValue", "5", "completedCountUnit", "个",
                "remainingCountText", "3个", "remainingCountValue", "3", "remainingCountUnit", "个"),
                "targets", List.of("Rectification:900-r"));
        Map<String, Object> headquarters = row("id", "Campaign:900-battle", "via", node("Campaign:900-battle"),
                "accountable", List.of(row("link", "CAMPAIGN_HEADQUARTERS", "unit", node("Organization:900-hq"),
                        "sources", List.of())));
        Map<String, Object> result = row("indicatorRows", List.of(), "projectRows", List.of(stalled, onTrack),
                "rectificationRows", List.of(rectification), "problemRows", List.of(), "accountableRows", List.of(headquarters));
        return TargetProgressAssembler.assemble(null, result, behindOnly);
    }

    @Test
    void theLatestReadingIsTheOneOfTheLatestYear() {
        TargetProgress.ProgressItem item = assemble(false).projects().stream()
                .filter(p -> p.project().get("id").equals("Project:900-stalled")).findFirst().orElseThrow().items().getFirst();
        assertThat(item.actual().get("id")).isEqualTo("ProgressObservation:900-b");
        assertThat(item.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(item.progressRatio()).isEqualTo(0.8);
    }

    @Test
    void aStalledProjectAndAMissedMilestoneAreBehindWithTheirHeadquarters() {
        TargetProgress answer = assemble(false);
        assertThat(answer.behind()).extracting(TargetProgress.BehindItem::reason).containsExactly(
                Reason.PROGRESS_BELOW_TARGET, Reason.MILESTONE_MISSED, Reason.PROJECT_STALLED, Reason.RECTIFICATION_INCOMPLETE);
        TargetProgress.BehindItem missed = answer.behind().get(1);
        assertThat(missed.due().text()).isEqualTo("6月底");
        assertThat(missed.accountable()).extracting(AccountableUnit::link).containsExactly(AccountableUnit.Link.CAMPAIGN_HEADQUARTERS);
        assertThat(missed.accountable().getFirst().via().get("id")).isEqualTo("Campaign:900-battle");
        assertThat(missed.sources()).hasSize(1);
        assertThat(answer.summary().behindProjects()).isEqualTo(1);
    }

    @Test
    void completedAndRemainingMakeTheTotalWhenNoneIsStated() {
        TargetProgress.RectificationProgress rectification = assemble(false).rectifications().getFirst();
        assertThat(rectification.totalBasis()).isEqualTo(RectificationBasis.COMPLETED_PLUS_REMAINING);
        assertThat(rectification.total()).isNull();
        assertThat(rectification.completionRatio()).isEqualTo(5.0 / 8);
        assertThat(rectification.behind()).isTrue();
    }

    @Test
    void behindOnlyDropsTheProjectOnTrack() {
        assertThat(assemble(false).projects()).hasSize(2);
        assertThat(assemble(true).projects()).extracting(p -> p.project().get("id")).containsExactly("Project:900-stalled");
        assertThat(assemble(true).summary()).isEqualTo(assemble(false).summary());
    }
}
