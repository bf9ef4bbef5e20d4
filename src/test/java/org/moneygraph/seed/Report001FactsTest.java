package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Report 001: a masked city's report on the 百千万工程, with its money flows and pairings. */
class Report001FactsTest extends ReportFactsTest {

    private static final String DOC = "Document:001";
    private static final String FLOW = "... on FundFlow { flowType amount " + QUANTITY
            + " fund { name sourceType } from { id } to { id ... on Region { name level } } period { text year } }";

    @Test
    void theDocumentIsTheMaskedCitysReport() {
        JsonNode doc = node(DOC, "... on Document { kind issuingLevel region { name masked level } }");
        assertThat(doc.path("kind").asString()).isEqualTo("REPORT");
        assertThat(doc.path("issuingLevel").asString()).isEqualTo("CITY");
        assertThat(doc.path("region").path("name").asString()).isEqualTo("xx市");
        assertThat(doc.path("region").path("masked").asBoolean()).isTrue();
    }

    @Test
    void theProgrammeHasCityAndCountyHeadquarters() {
        JsonNode programme = node("Campaign:001-bqw", "... on Campaign { name kind headquarters { name kind } }");
        assertThat(programme.path("name").asString()).isEqualTo("百县千镇万村高质量发展工程");
        assertThat(programme.path("kind").asString()).isEqualTo("PROGRAM");
        assertThat(programme.path("headquarters").findValues("kind").stream().map(JsonNode::asString))
                .containsOnly("COMMAND_HEADQUARTERS").hasSize(2);
        assertQuoted(programme, DOC, "市县两级均建立“百千万工程”指挥部");
    }

    @Test
    void theTaskForceCountIsMaskedButSixAreNamed() {
        JsonNode forces = node("Organization:001-task-forces", "... on Organization { name masked count { text masked value } parts { name kind } }");
        assertThat(forces.path("count").path("text").asString()).isEqualTo("x个");
        assertThat(forces.path("count").path("masked").asBoolean()).isTrue();
        assertThat(forces.path("count").path("value").isNull()).isTrue();
        assertThat(forces.path("parts").size()).isEqualTo(6);
        assertThat(forces.path("parts").findValues("kind").stream().map(JsonNode::asString)).containsOnly("TASK_FORCE");
    }

    @Test
    void subsidiesOf30842BillionWentDownToTheCounties() {
        JsonNode flow = node("FundFlow:001-flow-subsidy", FLOW);
        assertThat(flow.path("flowType").asString()).isEqualTo("ALLOCATED");
        assertThat(flow.path("amount").path("text").asString()).isEqualTo("308.42亿元");
        assertThat(flow.path("amount").path("yuan").asString()).isEqualTo("30842000000");
        assertThat(flow.path("from").path("id").asString()).isEqualTo("Region:001-city");
        assertThat(flow.path("to").path("name").asString()).isEqualTo("县(市、区)");
        assertQuoted(flow, DOC, "统筹中央及省、市资金下达县(市、区)各项补助308.42亿元");
    }

    @Test
    void basicFinancialSecurityFundsOf3344BillionWerePassedOn() {
        JsonNode flow = node("FundFlow:001-flow-jiben", FLOW);
        assertThat(flow.path("flowType").asString()).isEqualTo("TRANSFERRED");
        assertThat(flow.path("amount").path("yuan").asString()).isEqualTo("3344000000");
        assertThat(flow.path("amount").path("qualifier").asString()).isEqualTo("共");
        assertQuoted(flow, DOC, "及时转下达中央和省县级基本财力保障资金共33.44亿元");
    }

    @Test
    void newBondsCameFromTheProvinceMaskedAnd8884BillionWentToTheCounties() {
        JsonNode fromProvince = node("FundFlow:001-flow-bond-prov", FLOW);
        assertThat(fromProvince.path("amount").path("text").asString()).isEqualTo("10x亿元");
        assertThat(fromProvince.path("amount").path("masked").asBoolean()).isTrue();
        assertThat(fromProvince.path("amount").path("yuan").isNull()).isTrue();
        assertThat(fromProvince.path("fund").path("sourceType").asString()).isEqualTo("SPECIAL_BOND");
        assertThat(fromProvince.path("period").path("year").asInt()).isEqualTo(2023);
        JsonNode toCounties = node("FundFlow:001-flow-bond-county", FLOW);
        assertThat(toCounties.path("amount").path("yuan").asString()).isEqualTo("8884000000");
        assertThat(toCounties.path("to").path("name").asString()).isEqualTo("县(市、区)");
        assertQuoted(toCounties, DOC, "其中分配县(市、区)88.84亿元");
    }

    @Test
    void theCountyShareOfBondsIsMaskedPercent() {
        JsonNode share = node("Indicator:001-bond-county-share", "... on Indicator { actual { text unit masked } }");
        assertThat(share.path("actual").path("text").asString()).isEqualTo("81.x");
        assertThat(share.path("actual").path("unit").asString()).isEqualTo("%");
        assertThat(share.path("actual").path("masked").asBoolean()).isTrue();
    }

    @Test
    void budgetRevenueIsMasked() {
        JsonNode revenue = node("Indicator:001-revenue", "... on Indicator { actual { text masked asOf } }");
        assertThat(revenue.path("actual").path("text").asString()).isEqualTo("x8.4x亿元");
        assertThat(revenue.path("actual").path("masked").asBoolean()).isTrue();
        assertThat(revenue.path("actual").path("asOf").asString()).isEqualTo("今年上半年");
    }

    @Test
    void newIndustrialProjectsInvestAbout200BillionYuan() {
        JsonNode project = node("Project:001-new-industry", "... on Project { investment " + QUANTITY + " }");
        assertThat(project.path("investment").path("yuan").asString()).isEqualTo("20000000000");
        assertThat(project.path("investment").path("qualifier").asString()).isEqualTo("约");
    }

    @Test
    void guangzhouHelpsTheMaskedCityWithMaskedCadres() {
        JsonNode pairing = node("Pairing:001-pair-gz", """
                ... on Pairing { mechanism cadres { text masked } helper { ... on Region { name } ... on Organization { name } }
                  helped { ... on Region { name masked } } }""");
        assertThat(pairing.path("mechanism").asString()).isEqualTo("COUNTERPART_ASSISTANCE");
        assertThat(pairing.path("helper").path("name").asString()).contains("广州");
        assertThat(pairing.path("helped").path("masked").asBoolean()).isTrue();
        assertThat(pairing.path("cadres").path("text").asString()).isEqualTo("2x名");
        assertThat(pairing.path("cadres").path("masked").asBoolean()).isTrue();
        assertQuoted(pairing, DOC, "广州对口xx帮扶协作进一步加强");
    }

    @Test
    void enterprisesVillagesAndScienceTeamsArePairings() {
        JsonNode pairings = graphql.data("{ pairings(filter: { document: \"Document:001\" }) { totalCount edges { node { mechanism count { text masked } } } } }")
                .path("pairings");
        assertThat(pairings.path("edges").findValues("mechanism").stream().map(JsonNode::asString))
                .contains("TEN_THOUSAND_ENTERPRISES", "SCI_TECH_COMMISSIONER", "ENTERPRISE_VILLAGE", "TALENT_PARTNER");
        JsonNode science = node("Pairing:001-pair-kjtp", "... on Pairing { count { text masked } }");
        assertThat(science.path("count").path("text").asString()).isEqualTo("4x支");
        JsonNode villages = node("Pairing:001-pair-villages", "... on Pairing { count { text masked } }");
        assertThat(villages.path("count").path("text").asString()).isEqualTo("22x个");
    }

    @Test
    void jinanUniversityIsATalentPartner() {
        JsonNode jnu = node("Organization:001-jnu", "... on Organization { name kind helping { mechanism } helpedBy { mechanism } }");
        assertThat(jnu.path("name").asString()).isEqualTo("暨南大学");
        assertThat(jnu.path("kind").asString()).isEqualTo("UNIVERSITY");
        assertThat(jnu.findValues("mechanism").stream().map(JsonNode::asString)).contains("TALENT_PARTNER");
    }

    @Test
    void theCharityFundIsMaskedByName() {
        JsonNode fund = node("Fund:001-fund-charity", "... on Fund { name sourceType masked }");
        assertThat(fund.path("name").asString()).isEqualTo("xx市慈善会百县千镇万村高质量发展工程基金");
        assertThat(fund.path("sourceType").asString()).isEqualTo("CHARITY_FUND");
        assertThat(fund.path("masked").asBoolean()).isTrue();
    }

    @Test
    void policiesCountTheirMeasuresMaskedOrNot() {
        assertThat(node("Policy:001-pol-targets", "... on Policy { measureCount { text masked } }")
                .path("measureCount").path("text").asString()).isEqualTo("2x0条");
        JsonNode bizenv = node("Policy:001-pol-bizenv", "... on Policy { measureCount { value } taskCount { text masked } }");
        assertThat(bizenv.path("measureCount").path("value").asString()).isEqualTo("83");
        assertThat(bizenv.path("taskCount").path("text").asString()).isEqualTo("4x2项");
        assertThat(bizenv.path("taskCount").path("masked").asBoolean()).isTrue();
    }

    @Test
    void namedTownsAreWithinTheCity() {
        JsonNode changqi = node("Region:001-changqi", "... on Region { name level parent { id } }");
        assertThat(changqi.path("name").asString()).isEqualTo("长岐镇");
        assertThat(changqi.path("level").asString()).isEqualTo("TOWNSHIP");
        assertThat(changqi.path("parent").path("id").asString()).isEqualTo("Region:001-city");
        assertThat(node("Region:001-yatang", "... on Region { name }").path("name").asString()).isEqualTo("雅塘镇");
    }

    @Test
    void fourProblemsAreReportedIncludingTheRelianceOnSpecialBonds() {
        JsonNode problems = graphql.data("{ problems(filter: { document: \"Document:001\" }) { totalCount edges { node { id foundBy } } } }")
                .path("problems");
        assertThat(problems.path("totalCount").asInt()).isEqualTo(4);
        assertQuoted(node("Problem:001-p2-factors", ""), DOC, "示范创建项目严重依赖专项债");
    }

    @Test
    void ruralRoadFiguresAreMaskedCumulativeFigures() {
        JsonNode roads = node("Project:001-rural-roads", "... on Project { progress { kind quantity { text masked qualifier } } }");
        assertThat(roads.path("progress").findValues("text").stream().map(JsonNode::asString)).contains("2x8公里", "x2公里");
        assertThat(roads.path("progress").findValues("masked").stream().map(JsonNode::asBoolean)).containsOnly(true);
    }

    @Test
    void theRegionFilterFindsTheCountyFlowsBelowTheCity() {
        JsonNode flows = graphql.data("""
                { fundFlows(filter: { region: "Region:001-city" }, orderBy: { field: AMOUNT, direction: DESC }) {
                    totalCount edges { node { amount { yuan masked } } } } }""").path("fundFlows");
        assertThat(flows.path("totalCount").asInt()).isEqualTo(4);
        assertThat(flows.path("edges").get(0).path("node").path("amount").path("yuan").asString()).isEqualTo("30842000000");
    }
}
