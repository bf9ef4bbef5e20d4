package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Report 003: 通江's work report to the evaluation team, with its responsibilities, audits and payments. */
class Report003FactsTest extends ReportFactsTest {

    private static final String DOC = "Document:003";
    private static final String FLOW = "... on FundFlow { flowType amount " + QUANTITY
            + " fund { name sourceType } to { ... on BeneficiaryGroup { name households { value } people { value } } ... on Project { name } } }";

    @Test
    void theCountyIsTongjiangAsTheTextSays() {
        JsonNode county = node("Region:003-tongjiang", "... on Region { name level parent { name } }");
        assertThat(county.path("name").asString()).isEqualTo("通江县");
        assertThat(county.path("level").asString()).isEqualTo("COUNTY");
        assertThat(county.path("parent").path("name").asString()).isEqualTo("安徽");
        JsonNode doc = node(DOC, "... on Document { kind issuingLevel region { id } period { text year } }");
        assertThat(doc.path("kind").asString()).isEqualTo("REPORT");
        assertThat(doc.path("region").path("id").asString()).isEqualTo("Region:003-tongjiang");
    }

    @Test
    void theMaskedStarIsTheSameAsTongjiangOnlyWhereTheTextSaysSo() {
        JsonNode intro = node("Region:003-star-intro", "... on Region { name masked relations(types: [\"SAME_AS\"]) { node { id } sources { quote } } }");
        assertThat(intro.path("name").asString()).isEqualTo("*");
        assertThat(intro.path("masked").asBoolean()).isTrue();
        assertThat(intro.path("relations").get(0).path("node").path("id").asString()).isEqualTo("Region:003-tongjiang");
        JsonNode visit = node("Region:003-star-visit", "... on Region { masked relations(types: [\"SAME_AS\"]) { node { id } } }");
        assertThat(visit.path("masked").asBoolean()).isTrue();
        assertThat(visit.path("relations").size()).isZero();
    }

    @Test
    void theResponsibilitySystemHasSixTypes() {
        JsonNode campaign = node("Campaign:003-camp-xj", "... on Campaign { name responsibilities { type typeText holderTitle holder { name } } }");
        assertThat(campaign.path("name").asString()).isEqualTo("巩固拓展脱贫攻坚成果同乡村振兴有效衔接");
        assertThat(campaign.path("responsibilities").findValues("type").stream().map(JsonNode::asString))
                .contains("OVERALL", "SPECIFIC", "SECTORAL", "PRINCIPAL", "RESIDENT", "DIRECT");
        assertThat(campaign.path("responsibilities").findValues("typeText").stream().map(JsonNode::asString))
                .contains("负总责", "具体负责", "属事责任", "主体责任", "驻村责任", "直接责任");
        JsonNode overall = node("Responsibility:003-resp-county-overall", "... on Responsibility { holderTitle }");
        assertThat(overall.path("holderTitle").asString()).isEqualTo("县委县政府主要领导");
        assertQuoted(overall, DOC, "坚持县委县政府主要领导负总责、分管县领导具体负责");
    }

    @Test
    void countyLeadersAreFirstResponsibleForFoodSecurity() {
        JsonNode first = node("Responsibility:003-resp-food-first", "... on Responsibility { type typeText }");
        assertThat(first.path("type").asString()).isEqualTo("FIRST_RESPONSIBLE");
        assertThat(first.path("typeText").asString()).contains("第一责任人");
    }

    @Test
    void evaluationFeedbackHas206MeasuresAnd172Done() {
        JsonNode rectification = node("Rectification:003-rect-eval-2023", """
                ... on Rectification { measureCount { value unit } completedCount { value } completionRatio
                  problem { foundBy } responsibleUnits { name kind } }""");
        assertThat(rectification.path("measureCount").path("value").asString()).isEqualTo("206");
        assertThat(rectification.path("completedCount").path("value").asString()).isEqualTo("172");
        assertThat(rectification.path("completionRatio").asDouble()).isCloseTo(172.0 / 206.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rectification.path("problem").path("foundBy").asString()).isEqualTo("EVALUATION");
        assertThat(rectification.path("responsibleUnits").get(0).path("kind").asString()).isEqualTo("TASK_FORCE");
        assertQuoted(rectification, DOC, "制定整改措施206条,已完成整改172条");
    }

    @Test
    void fortySevenAuditProblemsWithFortyFourRectified() {
        JsonNode problem = node("Problem:003-prob-audit-2023", "... on Problem { foundBy count { value } rectifications { completedCount { value } remainingCount { value } } }");
        assertThat(problem.path("foundBy").asString()).isEqualTo("AUDIT");
        assertThat(problem.path("count").path("value").asString()).isEqualTo("47");
        assertThat(problem.path("rectifications").get(0).path("completedCount").path("value").asString()).isEqualTo("44");
        assertThat(problem.path("rectifications").get(0).path("remainingCount").path("value").asString()).isEqualTo("3");
        assertQuoted(problem, DOC, "资金审计反馈问题47个,已整改完成44个");
    }

    @Test
    void monitoredHouseholdsAreCountedAsOfNovember13() {
        JsonNode group = node("BeneficiaryGroup:003-bg-monitored", "... on BeneficiaryGroup { households { value asOf qualifier } people { value } }");
        assertThat(group.path("households").path("value").asString()).isEqualTo("1411");
        assertThat(group.path("households").path("asOf").asString()).isEqualTo("截至11月13日");
        assertThat(group.path("people").path("value").asString()).isEqualTo("4867");
    }

    @Test
    void riskRemovedIn2024IsMasked() {
        JsonNode households = node("Indicator:003-ind-mon-removed-2024", "... on Indicator { actual { text masked value } }");
        assertThat(households.path("actual").path("text").asString()).isEqualTo("**户");
        assertThat(households.path("actual").path("masked").asBoolean()).isTrue();
        assertThat(households.path("actual").path("value").isNull()).isTrue();
    }

    @Test
    void minimumLivingAllowanceOf622539WanYuanWentToItsRecipients() {
        JsonNode flow = node("FundFlow:003-flow-dibao", FLOW);
        assertThat(flow.path("flowType").asString()).isEqualTo("DISBURSED");
        assertThat(flow.path("amount").path("yuan").asString()).isEqualTo("62253900");
        assertThat(flow.path("amount").path("text").asString()).isEqualTo("6225.39万元");
        assertThat(flow.path("to").path("households").path("value").asString()).isEqualTo("2206");
        assertThat(flow.path("to").path("people").path("value").asString()).isEqualTo("5372");
        assertQuoted(flow, DOC, "累计发放农村低保补贴6225.39万元");
    }

    @Test
    void supportAndTemporaryReliefPayments() {
        JsonNode support = node("FundFlow:003-flow-gongyang", FLOW);
        assertThat(support.path("amount").path("yuan").asString()).isEqualTo("20033000");
        assertThat(support.path("flowType").asString()).isEqualTo("DISBURSED");
        JsonNode relief = node("FundFlow:003-flow-linshi", FLOW);
        assertThat(relief.path("amount").path("yuan").asString()).isEqualTo("3136700");
        assertQuoted(relief, DOC, "临时救助金313.67万元");
    }

    @Test
    void educationAidAndStudentLoans() {
        JsonNode loan = node("FundFlow:003-flow-student-loan", FLOW);
        assertThat(loan.path("flowType").asString()).isEqualTo("LOAN");
        assertThat(loan.path("amount").path("yuan").asString()).isEqualTo("51153410");
        assertThat(loan.path("to").path("people").path("value").asString()).isEqualTo("4160");
        assertThat(node("FundFlow:003-flow-edu-aid", FLOW).path("amount").path("yuan").asString()).isEqualTo("13170500");
    }

    @Test
    void waterSupplyWorksReceived1785WanYuan() {
        JsonNode flow = node("FundFlow:003-flow-water", FLOW);
        assertThat(flow.path("flowType").asString()).isEqualTo("SPENT");
        assertThat(flow.path("amount").path("yuan").asString()).isEqualTo("17850000");
        assertThat(flow.path("to").path("name").asString()).isNotBlank();
    }

    @Test
    void microcreditAndWorkReliefWages() {
        assertThat(node("FundFlow:003-flow-microcredit", FLOW).path("amount").path("yuan").asString()).isEqualTo("670000000");
        JsonNode wages = node("FundFlow:003-flow-ygdz-wages", FLOW);
        assertThat(wages.path("amount").path("yuan").asString()).isEqualTo("61510000");
        assertThat(node("Indicator:003-ind-ygdz-projects", "... on Indicator { actual { value } }")
                .path("actual").path("value").asString()).isEqualTo("78");
    }

    @Test
    void farmlandAndGrainFigures() {
        assertThat(node("Indicator:003-ind-farmland", "... on Indicator { actual { value unit } }").path("actual").path("value").asString())
                .isEqualTo("194000");
        JsonNode grain = node("Indicator:003-ind-grain-output", "... on Indicator { actual { value unit } }");
        assertThat(grain.path("actual").path("value").asString()).isEqualTo("93600");
        assertThat(grain.path("actual").path("unit").asString()).isEqualTo("吨");
    }

    @Test
    void populationNeedsAnExplicitUnitAndForestCoverIsQualified() {
        JsonNode population = node("Indicator:003-ind-hukou-pop", "... on Indicator { actual { text value unit } }");
        assertThat(population.path("actual").path("text").asString()).isEqualTo("25.3万");
        assertThat(population.path("actual").path("value").asString()).isEqualTo("253000");
        assertThat(population.path("actual").path("unit").asString()).isEqualTo("人");
        JsonNode forest = node("Indicator:003-ind-forest", "... on Indicator { actual { value unit qualifier } }");
        assertThat(forest.path("actual").path("value").asString()).isEqualTo("72.8");
        assertThat(forest.path("actual").path("qualifier").asString()).isEqualTo("达");
    }

    @Test
    void assistanceGroupsArePairedWithTheTownshipsTheyHelp() {
        JsonNode pairing = node("Pairing:003-pair-groups-townships", "... on Pairing { mechanism helper { id } helped { id } }");
        assertThat(pairing.path("mechanism").asString()).isEqualTo("ASSISTANCE_GROUP");
        assertQuoted(pairing, DOC, "帮扶集团与帮扶乡镇捆绑考核机制");
    }

    @Test
    void sipingTownshipGovernmentIsAGovernmentInItsTownship() {
        JsonNode government = node("Organization:003-siping-gov", "... on Organization { name kind region { name } }");
        assertThat(government.path("name").asString()).isEqualTo("四平乡人民政府");
        assertThat(government.path("kind").asString()).isEqualTo("GOVERNMENT");
        assertThat(government.path("region").path("name").asString()).isEqualTo("四平乡");
    }

    @Test
    void theCountyDisbursementsAddUpThroughTheRegionFilter() {
        JsonNode flows = graphql.data("""
                { fundFlows(filter: { region: "Region:003-tongjiang", flowTypes: [DISBURSED] }, first: 100) {
                    totalCount edges { node { amount { yuan } } } } }""").path("fundFlows");
        assertThat(flows.path("totalCount").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(flows.path("edges").findValues("yuan").stream().map(JsonNode::asString)).contains("62253900", "20033000", "3136700");
    }
}
