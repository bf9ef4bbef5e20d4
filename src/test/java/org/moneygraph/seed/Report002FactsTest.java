package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Report 002: excerpts from many places, each excerpt's facts kept apart. */
class Report002FactsTest extends ReportFactsTest {

    private static final String DOC = "Document:002";

    @Test
    void theDocumentIsACompilationFromSeveralLevels() {
        JsonNode doc = node(DOC, "... on Document { kind issuingLevel passages { index } }");
        assertThat(doc.path("kind").asString()).isEqualTo("EXCERPTS");
        assertThat(doc.path("issuingLevel").asString()).isEqualTo("MIXED");
        assertThat(doc.path("passages").size()).isGreaterThan(10);
    }

    @Test
    void zhangheAndBoerAreVillagesOfXingyiRelocatedForTheAgriculturalExpoPark() {
        JsonNode zhanghe = node("Region:002-p01-zhanghe", "... on Region { name level parent { name level } projects { id status } }");
        assertThat(zhanghe.path("name").asString()).isEqualTo("张河村");
        assertThat(zhanghe.path("level").asString()).isEqualTo("VILLAGE");
        assertThat(zhanghe.path("parent").path("name").asString()).isEqualTo("兴义镇");
        JsonNode relocation = node("Project:002-p01-zhanghe-boer-reloc", "... on Project { status regions { name } parent { name } }");
        assertThat(relocation.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(names(relocation.path("regions"))).containsExactlyInAnyOrder("张河村", "波尔村");
        assertThat(relocation.path("parent").path("name").asString()).isEqualTo("农博园项目拆迁");
        assertQuoted(relocation, DOC, "完成农博园核心张河村、波尔村整村搬迁");
    }

    @Test
    void theDemolitionCountsAreMaskedAndTheFreedLandIsNearlyTenThousandMu() {
        JsonNode project = node("Project:002-p01-nby-demolition", "... on Project { progress { item quantity " + QUANTITY + " } }");
        JsonNode households = project.path("progress").get(0).path("quantity");
        assertThat(households.path("text").asString()).isEqualTo("xxxx户");
        assertThat(households.path("masked").asBoolean()).isTrue();
        assertThat(households.path("value").isNull()).isTrue();
        assertThat(project.path("progress").findValues("text").stream().map(JsonNode::asString)).contains("近万亩");
        project.path("progress").forEach(p -> {
            if (p.path("quantity").path("text").asString().equals("近万亩")) {
                assertThat(p.path("quantity").path("value").asString()).isEqualTo("10000");
                assertThat(p.path("quantity").path("qualifier").asString()).isEqualTo("近");
            }
        });
    }

    @Test
    void searchFindsZhangheVillage() {
        JsonNode hits = graphql.data("{ search(text: \"张河村\", first: 3) { edges { node { type node { id } } } } }");
        assertThat(hits.path("search").path("edges").get(0).path("node").path("node").path("id").asString())
                .isEqualTo("Region:002-p01-zhanghe");
    }

    @Test
    void theParkLandQuotasAreStated() {
        assertThat(node("Indicator:002-p02-chengqu-quota", "... on Indicator { target { value unit } }")
                .path("target").path("value").asString()).isEqualTo("2224");
        assertThat(node("Indicator:002-p02-wuxi-quota", "... on Indicator { target { value unit } }")
                .path("target").path("unit").asString()).isEqualTo("亩");
        assertThat(node("Indicator:002-p02-cunliang", "... on Indicator { actual { value } }")
                .path("actual").path("value").asString()).isEqualTo("1154");
    }

    @Test
    void saturdayMeetingsSolved469ProjectProblems() {
        JsonNode problem = node("Problem:002-p05-projproblems",
                "... on Problem { foundBy status count { value unit } rectifications { completedCount { value } status } }");
        assertThat(problem.path("count").path("value").asString()).isEqualTo("469");
        assertThat(problem.path("status").asString()).isEqualTo("RECTIFIED");
        assertThat(problem.path("rectifications").get(0).path("completedCount").path("value").asString()).isEqualTo("469");
        assertQuoted(problem, DOC, "召开要素保障星期六会商会60场,解决项目问题469个");
    }

    @Test
    void theSpecialBondQuotaIsMaskedNeverZero() {
        JsonNode flow = node("FundFlow:002-p05-bond-flow", "... on FundFlow { flowType amount " + QUANTITY + " fund { sourceType } }");
        assertThat(flow.path("flowType").asString()).isEqualTo("ALLOCATED");
        assertThat(flow.path("amount").path("text").asString()).isEqualTo("X亿元");
        assertThat(flow.path("amount").path("masked").asBoolean()).isTrue();
        assertThat(flow.path("amount").path("yuan").isNull()).isTrue();
        assertThat(flow.path("fund").path("sourceType").asString()).isEqualTo("SPECIAL_BOND");
        JsonNode masked = graphql.data("{ fundFlows(filter: { document: \"Document:002\", masked: true }) { totalCount } }");
        assertThat(masked.path("fundFlows").path("totalCount").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void treasuryBondRequestsGoThroughTheNdrc() {
        JsonNode flow = node("FundFlow:002-p05-guozhai-flow", "... on FundFlow { flowType amount { masked text } fund { administrator { name } } }");
        assertThat(flow.path("flowType").asString()).isEqualTo("REQUESTED");
        assertThat(flow.path("amount").path("masked").asBoolean()).isTrue();
        assertThat(flow.path("fund").path("administrator").path("name").asString()).isEqualTo("国家发改委");
    }

    @Test
    void thePotatoIrrigationProjectIsPlannedInAndingDistrictOfDingxi() {
        JsonNode project = node("Project:002-p06-potato", "... on Project { status regions { name parent { name } } }");
        assertThat(project.path("status").asString()).isEqualTo("PLANNED");
        assertThat(project.path("regions").get(0).path("name").asString()).isEqualTo("安定区");
        assertThat(project.path("regions").get(0).path("parent").path("name").asString()).isEqualTo("定西市");
    }

    @Test
    void threeMaskedTownsInOneExcerptStayThree() {
        JsonNode road = node("Region:002-p06-xx-road", "... on Region { name masked }");
        JsonNode heat = node("Region:002-p06-xx-heat", "... on Region { name masked }");
        JsonNode hemei = node("Region:002-p06-xx-hemei", "... on Region { name masked }");
        assertThat(road.path("name").asString()).isEqualTo("XX镇");
        assertThat(heat.path("masked").asBoolean()).isTrue();
        assertThat(hemei.path("id").asString()).isNotEqualTo(road.path("id").asString());
    }

    @Test
    void industrialProjectsInTheDatabaseFellShort() {
        JsonNode indicator = node("Indicator:002-p07-ruku", "... on Indicator { actual { value unit asOf } }");
        assertThat(indicator.path("actual").path("value").asString()).isEqualTo("90");
        assertThat(indicator.path("actual").path("asOf").asString()).isEqualTo("1-10月");
        assertQuoted(indicator, DOC, "全市入库亿元以上工业项目仅90个");
    }

    @Test
    void threeVillagesRenovatedWithAMaskedInvestment() {
        JsonNode project = node("Project:002-p13-meili", "... on Project { status regions { name } investment " + QUANTITY
                + " funding { amount { masked } flowType } milestones { name status due { text } } }");
        assertThat(project.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(names(project.path("regions"))).containsExactlyInAnyOrder("蓝田村", "小溪村", "古竹村");
        assertThat(project.path("investment").path("masked").asBoolean()).isTrue();
        assertThat(project.path("investment").path("unit").asString()).isEqualTo("元");
        assertThat(project.path("funding").get(0).path("flowType").asString()).isEqualTo("SPENT");
        assertQuoted(project, DOC, "蓝田村、小溪村、古竹村3个行政村24个自然村");
    }

    @Test
    void toiletRenovationHasItsTargetAndDoneCounts() {
        JsonNode project = node("Project:002-p13-huce", "... on Project { progress { kind quantity { value } } }");
        assertThat(project.path("progress").findValues("value").stream().map(JsonNode::asString)).contains("157", "3", "154");
    }

    @Test
    void theTownChiefAnswersOverallForTheForestChiefWork() {
        JsonNode overall = node("Responsibility:002-p13-yibashou", "... on Responsibility { type typeText holderTitle }");
        assertThat(overall.path("type").asString()).isEqualTo("OVERALL");
        assertThat(overall.path("typeText").asString()).isEqualTo("负总责");
        assertThat(overall.path("holderTitle").asString()).isEqualTo("镇一把手");
        assertThat(node("Responsibility:002-p13-fenguan", "... on Responsibility { type }").path("type").asString())
                .isEqualTo("SPECIFIC");
    }

    @Test
    void shanghaiMinhangIsATalentPartner() {
        JsonNode pairing = node("Pairing:002-p16-pair-minhang",
                "... on Pairing { mechanism helper { ... on Region { name } ... on Organization { name } } }");
        assertThat(pairing.path("mechanism").asString()).isEqualTo("TALENT_PARTNER");
        assertThat(pairing.path("helper").path("name").asString()).contains("闵行区");
        assertQuoted(pairing, DOC, "上海市闵行区、东北大学、西南大学");
    }

    @Test
    void theMilitaryCemeteryPlansAThousandPairsOfGraves() {
        JsonNode project = node("Project:002-p11-junren", "... on Project { status progress { kind quantity { text } } }");
        assertThat(project.path("status").asString()).isEqualTo("PLANNED");
        assertThat(project.path("progress").findValues("text").stream().map(JsonNode::asString)).contains("1000对");
    }
}
