package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Report 000: the county's urban-rural integration battle headquarters reporting on the first quarter. */
class Report000FactsTest extends ReportFactsTest {

    private static final String DOC = "Document:000";

    @Test
    void theDocumentIsACountyLevelSpeech() {
        JsonNode doc = node(DOC, "... on Document { title kind issuingLevel passages { index } }");
        assertThat(doc.path("title").asString()).isEqualTo("在全县十大攻坚战调度暨一季度重点项目建设现场督查小结会议上的发言");
        assertThat(doc.path("kind").asString()).isEqualTo("SPEECH");
        assertThat(doc.path("issuingLevel").asString()).isEqualTo("COUNTY");
    }

    @Test
    void theBattleSitsUnderTheTenBattlesAndIsRunByItsHeadquarters() {
        JsonNode battle = node("Campaign:000-battle-cxrh",
                "... on Campaign { name kind parent { name } headquarters { name kind } children { name kind } }");
        assertThat(battle.path("name").asString()).isEqualTo("推动城乡融合发展攻坚战");
        assertThat(battle.path("kind").asString()).isEqualTo("BATTLE");
        assertThat(battle.path("parent").path("name").asString()).isEqualTo("十大攻坚战");
        assertThat(battle.path("headquarters").get(0).path("name").asString()).isEqualTo("推动城乡融合发展攻坚战指挥部");
        assertThat(battle.path("headquarters").get(0).path("kind").asString()).isEqualTo("COMMAND_HEADQUARTERS");
        assertThat(names(battle.path("children"))).contains("城乡产业融合发展", "城乡建设融合共建", "城乡要素流动畅通");
        assertQuoted(battle, DOC, "推动城乡融合发展攻坚战指挥部紧密按照县委县政府下达的各项具体任务加快推进落实");
    }

    @Test
    void thirtyThreeKeyProjectsAreCounted() {
        JsonNode indicator = node("Indicator:000-ind-key-projects", "... on Indicator { actual " + QUANTITY + " subject { id } }");
        assertThat(indicator.path("actual").path("value").asString()).isEqualTo("33");
        assertThat(indicator.path("actual").path("unit").asString()).isEqualTo("个");
        assertQuoted(indicator, DOC, "三个攻坚行动的33个重点项目");
    }

    @Test
    void threeCommandersLedTheFieldInspection() {
        JsonNode responsibility = node("Responsibility:000-resp-command",
                "... on Responsibility { type typeText role holder { name } subject { id } }");
        assertThat(responsibility.path("type").asString()).isEqualTo("COMMAND");
        assertThat(responsibility.path("role").asString()).isEqualTo("指挥长");
        assertThat(responsibility.path("subject").path("id").asString()).isEqualTo("Campaign:000-battle-cxrh");
        assertQuoted(responsibility, DOC, "由三个指挥长带队");
    }

    @Test
    void productionBasesHaveAnActualAndATarget() {
        JsonNode indicator = node("Indicator:000-ind-production-bases",
                "... on Indicator { name actual " + QUANTITY + " target " + QUANTITY + " progressRatio }");
        assertThat(indicator.path("actual").path("text").asString()).isEqualTo("96个");
        assertThat(indicator.path("target").path("text").asString()).isEqualTo("102个以上");
        assertThat(indicator.path("target").path("qualifier").asString()).isEqualTo("以上");
        assertThat(indicator.path("progressRatio").asDouble()).isCloseTo(96.0 / 102.0, org.assertj.core.data.Offset.offset(1e-9));
        assertQuoted(indicator, DOC, "推动建成规模化生产基地102个以上");
    }

    @Test
    void agriculturalOutputIsExactYuan() {
        JsonNode indicator = node("Indicator:000-ind-agri-output", "... on Indicator { actual " + QUANTITY + " target " + QUANTITY + " }");
        assertThat(indicator.path("actual").path("yuan").asString()).isEqualTo("2768000000");
        assertThat(indicator.path("actual").path("text").asString()).isEqualTo("27.68亿元");
        assertThat(indicator.path("target").path("yuan").asString()).isEqualTo("5000000000");
        assertQuoted(indicator, DOC, "农业综合总产值达27.68亿元");
    }

    @Test
    void greenFoodRevenueIsAForecast() {
        JsonNode indicator = node("Indicator:000-ind-green-food", "... on Indicator { actual " + QUANTITY + " target " + QUANTITY + " }");
        assertThat(indicator.path("actual").path("yuan").asString()).isEqualTo("870000000");
        assertThat(indicator.path("actual").path("qualifier").asString()).isEqualTo("预计");
        assertThat(indicator.path("target").path("text").asString()).isEqualTo("15亿元以上");
    }

    @Test
    void s216ProgressIsDatedAndSourced() {
        JsonNode project = node("Project:000-s216-highway", """
                ... on Project { name status category campaign { name }
                  progress { item kind quantity { text value unit } sources { quote } } }""");
        assertThat(project.path("name").asString()).isEqualTo("S216公路");
        assertThat(project.path("status").asString()).isEqualTo("UNDER_CONSTRUCTION");
        Map<String, String> actual = new java.util.HashMap<>();
        Map<String, String> target = new java.util.HashMap<>();
        project.path("progress").forEach(p -> (p.path("kind").asString().equals("ACTUAL") ? actual : target)
                .put(p.path("item").asString(), p.path("quantity").path("value").asString()));
        assertThat(actual).containsEntry("路基土石方工程", "22").containsEntry("桥涵工程", "40");
        assertThat(target).containsEntry("路基土石方工程", "35").containsEntry("桥涵工程", "52");
        assertThat(project.path("progress").get(0).path("sources").get(0).path("quote").asString())
                .contains("S216公路建设已完成路基土石方工程的22%,桥涵工程的40%");
    }

    @Test
    void theChamberLoanCreditIsTwoBillionYuanGrantedByTheRuralCommercialBank() {
        JsonNode flow = node("FundFlow:000-flow-shanghui-credit", """
                ... on FundFlow { flowType amount { text yuan unit asOf masked } period { text }
                  fund { name sourceType } from { ... on Organization { name kind } } to { ... on Organization { name } } }""");
        assertThat(flow.path("flowType").asString()).isEqualTo("CREDIT_GRANTED");
        assertThat(flow.path("amount").path("yuan").asString()).isEqualTo("2000000000");
        assertThat(flow.path("amount").path("text").asString()).isEqualTo("20亿");
        assertThat(flow.path("fund").path("sourceType").asString()).isEqualTo("CREDIT_LINE");
        assertThat(flow.path("from").path("name").asString()).isEqualTo("农商银行");
        assertThat(flow.path("period").path("text").asString()).isEqualTo("3月份");
        assertQuoted(flow, DOC, "3月份已授信20亿");
    }

    @Test
    void cumulativeAgriculturalCreditTargetIsQualified() {
        JsonNode indicator = node("Indicator:000-ind-credit-loans", "... on Indicator { target " + QUANTITY + " }");
        assertThat(indicator.path("target").path("yuan").asString()).isEqualTo("65000000");
        assertThat(indicator.path("target").path("qualifier").asString()).isEqualTo("累计");
    }

    @Test
    void theSupplyAndMarketingFranchiseMilestoneSlipped() {
        JsonNode project = node("Project:000-gxwj-franchise",
                "... on Project { milestones { name status due { text } expected { text } } problems { foundBy status } }");
        JsonNode late = project.path("milestones").get(0);
        assertThat(late.path("status").asString()).isEqualTo("LATE");
        assertThat(late.path("due").path("text").asString()).isEqualTo("3月底");
        assertThat(late.path("expected").path("text").asString()).isEqualTo("4月中旬");
        assertThat(project.path("problems").get(0).path("foundBy").asString()).isEqualTo("REPORTED");
        assertQuoted(project, DOC, "原定3月底完成开展基层加盟店前期工作");
    }

    @Test
    void maskedTownsStayApartAndMasked() {
        JsonNode towns = graphql.data("""
                { regions(filter: { document: "Document:000", levels: [TOWNSHIP] }, first: 50) {
                    totalCount edges { node { id name masked note parent { id } } } } }""").path("regions");
        assertThat(towns.path("totalCount").asInt()).isGreaterThanOrEqualTo(10);
        towns.path("edges").forEach(e -> {
            assertThat(e.path("node").path("name").asString()).isEqualTo("xx镇");
            assertThat(e.path("node").path("masked").asBoolean()).isTrue();
            assertThat(e.path("node").path("note").asString()).isNotBlank();
        });
        JsonNode kati = node("Region:000-town-xx-kati", "... on Region { note organizations { name masked } }");
        assertThat(names(kati.path("organizations"))).contains("xx县卡提箱包厂");
        assertQuoted(kati, DOC, "xx县卡提箱包厂,在xx镇");
    }

    @Test
    void theSaltChemicalCityNorthPipeGalleryHasTwoReadings() {
        JsonNode project = node("Project:000-yanhua-north-pipe", "... on Project { progress { item kind quantity { value unit } } regions { name } }");
        assertThat(project.path("progress").findValues("value").stream().map(JsonNode::asString)).contains("25", "5", "20");
        assertQuoted(project, DOC, "盐化工业城北区污水管廊支架建设完成25%");
    }

    @Test
    void ruralRoadsBuiltAndPlanned() {
        JsonNode project = node("Project:000-rural-roads", "... on Project { progress { kind quantity { value unit } } }");
        assertThat(project.path("progress").findValues("unit").stream().map(JsonNode::asString)).contains("公里");
        assertThat(project.path("progress").findValues("value").stream().map(JsonNode::asString)).contains("2.2", "4.4");
    }

    @Test
    void theFarmersMarketIsCompletedInAMaskedTown() {
        JsonNode project = node("Project:000-farmers-market", "... on Project { status regions { name masked } progress { quantity { text } } }");
        assertThat(project.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(project.path("regions").get(0).path("masked").asBoolean()).isTrue();
        assertThat(project.path("progress").get(0).path("quantity").path("text").asString()).isEqualTo("2700平方米");
    }

    @Test
    void searchFindsS216AndTheStormSewerWorks() {
        JsonNode s216 = graphql.data("{ search(text: \"S216\", first: 1) { edges { node { node { id } } } } }");
        assertThat(s216.path("search").path("edges").get(0).path("node").path("node").path("id").asString())
                .isEqualTo("Project:000-s216-highway");
        JsonNode sewer = graphql.data("{ search(text: \"雨污管网\", types: [Project], first: 5) { totalCount edges { node { node { ... on Project { name } } } } } }");
        assertThat(sewer.path("search").path("edges").findValues("name").stream().map(JsonNode::asString))
                .anyMatch(n -> n.contains("雨污管网"));
    }

    @Test
    void theRegionFilterIncludesEverythingBelowTheCounty() {
        JsonNode projects = graphql.data("{ projects(filter: { region: \"Region:000-county\" }, first: 100) { totalCount } }");
        JsonNode direct = graphql.data("{ node(id: \"Region:000-county\") { ... on Region { projects { id } } } }");
        assertThat(projects.path("projects").path("totalCount").asInt())
                .isGreaterThan(direct.path("node").path("projects").size());
    }
}
