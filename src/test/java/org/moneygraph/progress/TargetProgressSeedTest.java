package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The real figures of the reports, as targetProgress gives them, with the sentences that state them. */
class TargetProgressSeedTest extends ProgressSeedTest {

    @Test
    void s216IsBehindItsNextStepTargetsOnBothWorkItems() {
        JsonNode answer = progress("Project:000-s216-highway", false);
        assertThat(answer.path("scope").path("id").asString()).isEqualTo("Project:000-s216-highway");
        JsonNode s216 = only(answer.path("projects"), at("project.id", "Project:000-s216-highway"));
        assertThat(s216.path("status").asString()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(s216.path("behind").asBoolean()).isTrue();

        JsonNode earthwork = only(s216.path("items"), at("item", "路基土石方工程"));
        assertThat(earthwork.path("actual").path("quantity").path("text").asString()).isEqualTo("22%");
        assertThat(earthwork.path("target").path("quantity").path("text").asString()).isEqualTo("35%");
        assertThat(earthwork.path("status").asString()).isEqualTo("BELOW_TARGET");
        assertThat(earthwork.path("progressRatio").asDouble()).isCloseTo(22.0 / 35, within(1e-9));
        assertThat(quotes(earthwork.path("actual"))).contains("S216公路建设已完成路基土石方工程的22%,桥涵工程的40%。");
        assertThat(quotes(earthwork.path("target"))).contains("力争完成S216路基土石方工程的35%,桥涵工程的52%。");

        JsonNode bridges = only(s216.path("items"), at("item", "桥涵工程"));
        assertThat(bridges.path("actual").path("quantity").path("value").asString()).isEqualTo("40");
        assertThat(bridges.path("target").path("quantity").path("value").asString()).isEqualTo("52");
        assertThat(bridges.path("progressRatio").asDouble()).isCloseTo(40.0 / 52, within(1e-9));

        JsonNode behindEarthwork = only(answer.path("behind"),
                n -> n.path("reason").asString().equals("PROGRESS_BELOW_TARGET") && n.path("item").asString().equals("路基土石方工程"));
        assertThat(behindEarthwork.path("actual").path("text").asString()).isEqualTo("22%");
        assertThat(behindEarthwork.path("target").path("text").asString()).isEqualTo("35%");
        assertThat(behindEarthwork.path("project").path("name").asString()).isEqualTo("S216公路");
        assertThat(quotes(behindEarthwork)).containsExactly("S216公路建设已完成路基土石方工程的22%,桥涵工程的40%。",
                "力争完成S216路基土石方工程的35%,桥涵工程的52%。");
    }

    @Test
    void s216IndicatorsAreBelowTargetAndTheBattleHeadquartersAnswersForThem() {
        JsonNode answer = progress("Project:000-s216-highway", false);
        JsonNode earthwork = only(answer.path("indicators"), at("indicator.id", "Indicator:000-ind-s216-earthwork"));
        assertThat(earthwork.path("status").asString()).isEqualTo("BELOW_TARGET");
        assertThat(earthwork.path("actual").path("text").asString()).isEqualTo("22%");
        assertThat(earthwork.path("target").path("text").asString()).isEqualTo("35%");
        JsonNode headquarters = only(earthwork.path("accountable"), at("link", "CAMPAIGN_HEADQUARTERS"));
        assertThat(headquarters.path("unit").path("id").asString()).isEqualTo("Organization:000-hq-cxrh");
        assertThat(headquarters.path("via").path("id").asString()).isEqualTo("Campaign:000-battle-cxrh");
        assertThat(headquarters.path("sources")).isNotEmpty();
        JsonNode command = only(earthwork.path("accountable"), at("responsibility.type", "COMMAND"));
        assertThat(command.path("link").asString()).isEqualTo("RESPONSIBILITY");
        assertThat(command.path("holderTitle").asString()).isEqualTo("指挥长");
        assertThat(quotes(command)).anyMatch(q -> q.contains("由三个指挥长带队"));
        assertThat(answer.path("summary").path("behindReasons").findValues("reason").stream().map(JsonNode::asString))
                .contains("INDICATOR_BELOW_TARGET", "PROGRESS_BELOW_TARGET");
    }

    @Test
    void theSupplyAndMarketingFranchiseMilestoneIsLateFromEndOfMarchToMidApril() {
        JsonNode answer = progress("Project:000-gxwj-franchise", false);
        JsonNode franchise = only(answer.path("projects"), at("project.id", "Project:000-gxwj-franchise"));
        assertThat(franchise.path("behind").asBoolean()).isTrue();
        JsonNode milestone = only(franchise.path("lateMilestones"), at("name", "基层加盟店前期工作"));
        assertThat(milestone.path("status").asString()).isEqualTo("LATE");
        assertThat(milestone.path("due").path("text").asString()).isEqualTo("3月底");
        assertThat(milestone.path("expected").path("text").asString()).isEqualTo("4月中旬");

        JsonNode late = only(answer.path("behind"), at("reason", "MILESTONE_LATE"));
        assertThat(late.path("item").asString()).isEqualTo("基层加盟店前期工作");
        assertThat(late.path("due").path("text").asString()).isEqualTo("3月底");
        assertThat(late.path("expected").path("text").asString()).isEqualTo("4月中旬");
        assertThat(quotes(late)).containsExactly("原定3月底完成开展基层加盟店前期工作,但实际进度将到4月中旬才能完成。");
        assertThat(late.path("accountable").findValues("name").stream().map(JsonNode::asString))
                .contains("推动城乡融合发展攻坚战指挥部");
        JsonNode participant = only(late.path("accountable"), at("link", "PARTICIPATING_UNIT"));
        assertThat(participant.path("via").path("id").asString()).isEqualTo("Project:000-gxwj-franchise");

        // The problem the report states about it is still open, and its rectification is under way.
        assertThat(texts(answer.path("openProblems"), "id")).contains("Problem:000-prob-gxwj-slow");
    }

    @Test
    void evaluationFeedbackRectificationCompleted172Of206Measures() {
        JsonNode answer = progress("Region:003-tongjiang", false);
        JsonNode evaluation = only(answer.path("rectifications"), at("rectification.id", "Rectification:003-rect-eval-2023"));
        assertThat(evaluation.path("total").path("text").asString()).isEqualTo("206条");
        assertThat(evaluation.path("totalBasis").asString()).isEqualTo("MEASURE_COUNT");
        assertThat(evaluation.path("completed").path("text").asString()).isEqualTo("172条");
        assertThat(evaluation.path("completionRatio").asDouble()).isCloseTo(172.0 / 206, within(1e-9));
        assertThat(evaluation.path("behind").asBoolean()).isTrue();
        assertThat(evaluation.path("accountable").findValues("link").stream().map(JsonNode::asString))
                .contains("ASSIGNED_UNIT", "RESPONSIBILITY");

        JsonNode behind = only(answer.path("behind"), at("node.id", "Rectification:003-rect-eval-2023"));
        assertThat(behind.path("reason").asString()).isEqualTo("RECTIFICATION_INCOMPLETE");
        assertThat(behind.path("ratio").asDouble()).isCloseTo(172.0 / 206, within(1e-9));
        assertThat(quotes(behind)).contains("针对国家2023年度考核评估反馈问题,制定整改措施206条,已完成整改172条。");
    }

    @Test
    void auditFeedbackRectificationFixed44Of47ProblemsWithThreeRemaining() {
        JsonNode answer = progress("Region:003-tongjiang", false);
        JsonNode audit = only(answer.path("rectifications"), at("rectification.id", "Rectification:003-rect-audit-2023"));
        assertThat(audit.path("total").path("text").asString()).isEqualTo("47个");
        assertThat(audit.path("totalBasis").asString()).isEqualTo("PROBLEM_COUNT");
        assertThat(audit.path("completed").path("text").asString()).isEqualTo("44个");
        assertThat(audit.path("remaining").path("text").asString()).isEqualTo("3个");
        assertThat(audit.path("completionRatio").asDouble()).isCloseTo(44.0 / 47, within(1e-9));
        assertThat(audit.path("problem").path("status").asString()).isEqualTo("RECTIFYING");
        JsonNode behind = only(answer.path("behind"), at("node.id", "Rectification:003-rect-audit-2023"));
        assertThat(quotes(behind)).anyMatch(q -> q.contains("问题47个,已整改完成44个,其余3个问题序时推进"));
        assertThat(texts(answer.path("openProblems"), "id")).contains("Problem:003-prob-audit-2023", "Problem:003-prob-eval-2023");
    }

    @Test
    void aCountyHoldsItsProjectsByRegionAndThroughTheCampaignsRunForIt() {
        JsonNode answer = progress("Region:000-county", false);
        // S216 lies in the county; the franchise has no region of its own but belongs to a campaign run for it.
        assertThat(answer.path("projects").findValues("project").stream().map(p -> p.path("id").asString()))
                .contains("Project:000-s216-highway", "Project:000-gxwj-franchise")
                .noneMatch(id -> !id.startsWith("Project:000-"));
        assertThat(answer.path("behind").findValues("reason").stream().map(JsonNode::asString))
                .contains("INDICATOR_BELOW_TARGET", "PROGRESS_BELOW_TARGET", "MILESTONE_LATE");
    }

    @Test
    void aBattleHoldsTheProjectsOfItsActions() {
        JsonNode answer = progress("Campaign:000-battle-cxrh", false);
        assertThat(answer.path("projects").findValues("project").stream().map(p -> p.path("id").asString()))
                .contains("Project:000-s216-highway", "Project:000-gxwj-franchise");
        assertThat(answer.path("indicators").findValues("indicator").stream().map(i -> i.path("id").asString()))
                .contains("Indicator:000-ind-s216-earthwork").noneMatch(id -> id.startsWith("Indicator:003-"));
    }

    @Test
    void theRectificationTaskForceAnswersForBothRectifications() {
        JsonNode answer = progress("Organization:003-tf-rectify", false);
        assertThat(answer.path("rectifications").findValues("rectification").stream().map(r -> r.path("id").asString()))
                .containsExactlyInAnyOrder("Rectification:003-rect-eval-2023", "Rectification:003-rect-audit-2023");
        JsonNode assigned = only(only(answer.path("rectifications"), at("rectification.id", "Rectification:003-rect-eval-2023"))
                .path("accountable"), at("link", "ASSIGNED_UNIT"));
        assertThat(assigned.path("unit").path("id").asString()).isEqualTo("Organization:003-tf-rectify");
        assertThat(quotes(assigned)).contains("针对国家2023年度考核评估反馈问题,制定整改措施206条,已完成整改172条。");
    }

    @Test
    void behindOnlyKeepsWhatIsBehindAndTheSameSummary() {
        JsonNode all = progress("Region:000-county", false);
        JsonNode behindOnly = progress("Region:000-county", true);
        assertThat(behindOnly.path("summary")).isEqualTo(all.path("summary"));
        assertThat(behindOnly.path("behind")).isEqualTo(all.path("behind"));
        assertThat(behindOnly.path("indicators").size()).isLessThan(all.path("indicators").size()).isPositive();
        assertThat(texts(behindOnly.path("indicators"), "status")).containsOnly("BELOW_TARGET");
        assertThat(behindOnly.path("projects").findValues("behind").stream().map(JsonNode::asBoolean)).containsOnly(true);
        assertThat(behindOnly.path("projects").findValues("project").stream().map(p -> p.path("id").asString()))
                .containsExactlyInAnyOrder("Project:000-s216-highway", "Project:000-gxwj-franchise");
    }

    @Test
    void maskedFiguresAreNeverCompared() {
        JsonNode answer = progress("Campaign:001-bqw", false);
        JsonNode tasks = only(answer.path("indicators"), at("indicator.id", "Indicator:001-key-tasks"));
        assertThat(tasks.path("status").asString()).isEqualTo("MASKED");
        assertThat(tasks.path("progressRatio").isNull()).isTrue();
        assertThat(tasks.path("actual").path("text").asString()).isEqualTo("xx项");
        assertThat(tasks.path("actual").path("masked").asBoolean()).isTrue();
        assertThat(tasks.path("actual").path("value").isNull()).isTrue();
        assertThat(answer.path("behind").findValues("node").stream().map(n -> n.path("id").asString()))
                .doesNotContain("Indicator:001-key-tasks");
    }

    @Test
    void figuresInDifferentUnitsAreNotComparedAndEqualOnesAreMet() {
        JsonNode answer = progress("Campaign:000-battle-cxrh", false);
        JsonNode rain = only(answer.path("indicators"), at("indicator.id", "Indicator:000-ind-chengbei-rain"));
        assertThat(rain.path("status").asString()).isEqualTo("INCOMPARABLE");
        assertThat(rain.path("actual").path("text").asString()).isEqualTo("7处");
        assertThat(rain.path("target").path("text").asString()).isEqualTo("70%");
        assertThat(rain.path("progressRatio").isNull()).isTrue();
        JsonNode routes = only(answer.path("indicators"), at("indicator.id", "Indicator:000-ind-tourism-routes"));
        assertThat(routes.path("status").asString()).isEqualTo("MET");
        assertThat(routes.path("progressRatio").asDouble()).isEqualTo(1.0);
        JsonNode bases = only(answer.path("indicators"), at("indicator.id", "Indicator:000-ind-production-bases"));
        assertThat(bases.path("status").asString()).isEqualTo("BELOW_TARGET");
        assertThat(bases.path("target").path("text").asString()).isEqualTo("102个以上");
        assertThat(bases.path("progressRatio").asDouble()).isCloseTo(96.0 / 102, within(1e-9));
    }

    @Test
    void theWholeGraphListsWhatIsBehindInEveryReport() {
        JsonNode answer = progress(null, false);
        assertThat(answer.path("scope").isNull()).isTrue();
        assertThat(answer.path("behind").findValues("node").stream().map(n -> n.path("id").asString()))
                .contains("Indicator:000-ind-s216-earthwork", "ProgressObservation:000-s216-highway-0",
                        "Milestone:000-gxwj-franchise-0", "Rectification:003-rect-eval-2023",
                        "Rectification:003-rect-audit-2023", "Indicator:002-p13-huce-ind");
        assertThat(answer.path("behind").findValues("sources").stream()).allMatch(s -> !s.isEmpty());
        assertThat(answer.path("openProblems").findValues("id").stream().map(JsonNode::asString))
                .anyMatch(id -> id.startsWith("Problem:000-")).anyMatch(id -> id.startsWith("Problem:004-"))
                .doesNotContain("Problem:002-p05-projproblems");
    }

    @Test
    void listsComeInDocumentOrderAndWhatIsBehindByReasonThenDocumentOrder() {
        JsonNode answer = progress(null, false);
        assertThat(ids(answer.path("indicators"), "indicator")).isNotEmpty().containsExactlyElementsOf(inDocumentOrder(
                "MATCH (n:Indicator) RETURN n.id AS id"));
        assertThat(ids(answer.path("projects"), "project")).isNotEmpty().containsExactlyElementsOf(inDocumentOrder(
                "MATCH (n:Project) RETURN n.id AS id"));
        assertThat(ids(answer.path("rectifications"), "rectification")).isNotEmpty()
                .containsExactlyElementsOf(inDocumentOrder("MATCH (n:Rectification) RETURN n.id AS id"));
        List<String> reasons = new ArrayList<>();
        answer.path("behind").forEach(b -> reasons.add(b.path("reason").asString()));
        assertThat(reasons).hasSizeGreaterThan(5).isSortedAccordingTo(
                Comparator.comparing(r -> TargetProgress.BehindItem.Reason.valueOf(r).ordinal()));
        for (String reason : new LinkedHashSet<>(reasons)) {
            List<String> nodes = new ArrayList<>();
            answer.path("behind").forEach(b -> {
                if (b.path("reason").asString().equals(reason)) {
                    nodes.add(b.path("node").path("id").asString());
                }
            });
            assertThat(nodes).as(reason).containsExactlyElementsOf(inDocumentOrder(
                    "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n.id AS id", Map.of("ids", nodes)));
        }
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path(field).path("id").asString()));
        return ids;
    }

    /** The IDs a statement returns (column {@code id}, variable {@code n}), ordered by the graph's own properties. */
    private List<String> inDocumentOrder(String statement) {
        return inDocumentOrder(statement, Map.of());
    }

    private List<String> inDocumentOrder(String statement, Map<String, Object> parameters) {
        return driver.executableQuery(statement.replace("RETURN n.id AS id",
                        "RETURN n.id AS id ORDER BY n.documentKey, coalesce(n.firstStart, 0), n.id"))
                .withParameters(parameters).execute().records().stream().map(r -> r.get("id").asString()).toList();
    }
}
