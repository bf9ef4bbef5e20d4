package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Report 004: a city speech whose figures are almost all masked. */
class Report004FactsTest extends ReportFactsTest {

    private static final String DOC = "Document:004";

    @Test
    void theDocumentIsACitySpeechForTheCity() {
        JsonNode doc = node(DOC, "... on Document { title kind issuingLevel region { name parent { name } } }");
        assertThat(doc.path("title").asString()).isEqualTo("在全市深化县域内城乡融合发展改革工作推进会上的讲话");
        assertThat(doc.path("kind").asString()).isEqualTo("SPEECH");
        assertThat(doc.path("issuingLevel").asString()).isEqualTo("CITY");
        assertThat(doc.path("region").path("name").asString()).isEqualTo("全市");
    }

    @Test
    void threeMaskedSpeakingCountiesAreThreeNodes() {
        JsonNode regions = graphql.data("""
                { regions(filter: { document: "Document:004", masked: true }) { totalCount edges { node { id name parent { name } } } } }""")
                .path("regions");
        assertThat(regions.path("totalCount").asInt()).isEqualTo(3);
        assertThat(regions.path("edges").findValues("name").stream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("**县", "**县", "**区", "全市", "全市", "全市");
        assertQuoted(node("Region:004-county-xx-a", ""), DOC, "**县、**县、**区作了交流发言");
    }

    @Test
    void theReformIsLedByTheCityPartyCommitteeAndGovernment() {
        JsonNode campaign = node("Campaign:004-cp-reform", "... on Campaign { name leadingBodies { name } children { name kind } responsibilities { type typeText holder { name } } }");
        assertThat(campaign.path("name").asString()).isEqualTo("深化县域内城乡融合发展改革");
        assertThat(names(campaign.path("leadingBodies"))).containsExactlyInAnyOrder("市委", "市政府");
        assertThat(campaign.path("children").findValues("name").stream().map(JsonNode::asString)).contains("县域经济提升行动");
        assertThat(campaign.path("responsibilities").findValues("typeText").stream().map(JsonNode::asString))
                .contains("坚持高位推动");
    }

    @Test
    void countyGdpIsMaskedAndNeverZero() {
        JsonNode indicator = node("Indicator:004-ind-county-gdp", "... on Indicator { actual " + QUANTITY + " period { text year } }");
        assertThat(indicator.path("actual").path("text").asString()).isEqualTo("**亿元");
        assertThat(indicator.path("actual").path("masked").asBoolean()).isTrue();
        assertThat(indicator.path("actual").path("value").isNull()).isTrue();
        assertThat(indicator.path("actual").path("yuan").isNull()).isTrue();
        assertThat(indicator.path("actual").path("asOf").asString()).isEqualTo("2024年前三季度");
        assertThat(indicator.path("period").path("year").asInt()).isEqualTo(2024);
        assertQuoted(indicator, DOC, "全市县域地区生产总值达到**亿元");
    }

    @Test
    void sharesAndPercentagePointRisesAreMaskedWithTheirUnits() {
        assertThat(node("Indicator:004-ind-county-gdp-share", "... on Indicator { actual { unit masked } }")
                .path("actual").path("unit").asString()).isEqualTo("%");
        JsonNode rise = node("Indicator:004-ind-county-gdp-share-rise", "... on Indicator { actual { unit masked text } }");
        assertThat(rise.path("actual").path("text").asString()).isEqualTo("**个百分点");
        assertThat(rise.path("actual").path("masked").asBoolean()).isTrue();
    }

    @Test
    void everyFigureOfTheReportIsMasked() {
        JsonNode indicators = graphql.data("{ indicators(filter: { document: \"Document:004\" }, first: 100) { totalCount edges { node { actual { masked } target { masked } } } } }")
                .path("indicators");
        assertThat(indicators.path("totalCount").asInt()).isEqualTo(16);
        assertThat(indicators.path("edges").findValues("masked").stream().map(JsonNode::asBoolean)).containsOnly(true);
    }

    @Test
    void cooperativesAreCountedInTenThousandsButMasked() {
        JsonNode indicator = node("Indicator:004-ind-coops", "... on Indicator { actual { text unit masked } subject { ... on Organization { name kind } } }");
        assertThat(indicator.path("actual").path("text").asString()).isEqualTo("**万家");
        assertThat(indicator.path("actual").path("unit").asString()).isEqualTo("家");
        assertThat(indicator.path("subject").path("kind").asString()).isEqualTo("COOPERATIVE");
    }

    @Test
    void landCertificationIsCompletedAndTheHomesteadPilotIsInProgress() {
        assertThat(node("Project:004-pj-land-cert", "... on Project { status }").path("status").asString()).isEqualTo("COMPLETED");
        assertThat(node("Project:004-pj-homestead-pilot", "... on Project { status }").path("status").asString())
                .isEqualTo("UNDER_CONSTRUCTION");
        assertQuoted(node("Project:004-pj-land-cert", ""), DOC, "全市农村承包地确权登记颁证工作全面完成");
    }

    @Test
    void fourProblemsAreReportedAndOpen() {
        JsonNode problems = graphql.data("{ problems(filter: { document: \"Document:004\" }) { totalCount edges { node { foundBy status rectifications { status } } } } }")
                .path("problems");
        assertThat(problems.path("totalCount").asInt()).isEqualTo(4);
        assertThat(problems.path("edges").findValues("foundBy").stream().map(JsonNode::asString)).containsOnly("REPORTED");
        assertThat(problems.path("edges").findValues("rectifications").stream().mapToInt(JsonNode::size).sum()).isEqualTo(4);
        assertQuoted(node("Problem:004-prob-county-economy", ""), DOC, "县域经济发展水平还不高");
    }

    @Test
    void aMaskedComradeArrangedTheNextSteps() {
        JsonNode responsibility = node("Responsibility:004-resp-tongzhi-arrange", "... on Responsibility { holderTitle typeText }");
        assertThat(responsibility.path("holderTitle").asString()).isEqualTo("**同志");
        assertQuoted(responsibility, DOC, "**同志通报了全市深化县域内城乡融合发展改革工作情况");
    }

    @Test
    void theCountiesAreToldToBuildSpecialIndustries() {
        JsonNode responsibility = node("Responsibility:004-resp-counties-industry",
                "... on Responsibility { holder { name } subject { ... on Project { name status leadUnits { name } } } }");
        assertThat(responsibility.path("holder").path("name").asString()).isEqualTo("各县(市、区)");
        assertThat(responsibility.path("subject").path("status").asString()).isEqualTo("PLANNED");
        assertThat(names(responsibility.path("subject").path("leadUnits"))).contains("各县(市、区)");
    }

    @Test
    void theKeyTasksFormATreeUnderTheReform() {
        JsonNode energy = node("Project:004-task-energy", "... on Project { status parent { id } campaign { id } }");
        assertThat(energy.path("parent").path("id").asString()).isEqualTo("Project:004-task-infrastructure");
        JsonNode tasks = graphql.data("{ projects(filter: { campaign: \"Campaign:004-cp-reform\" }, first: 100) { totalCount } }");
        assertThat(tasks.path("projects").path("totalCount").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theNaturalGasProgrammeIsPartOfTheEnergyTask() {
        JsonNode campaign = node("Campaign:004-cp-gas-to-country", "... on Campaign { kind relations(types: [\"PART_OF\"]) { direction node { id } sources { quote } } }");
        assertThat(campaign.path("kind").asString()).isEqualTo("PROGRAM");
        assertThat(campaign.path("relations").findValues("id").stream().map(JsonNode::asString)).contains("Project:004-task-energy");
        assertThat(campaign.path("relations").get(0).path("sources").size()).isPositive();
    }

    @Test
    void theMedicalCounterpartMechanismIsAPolicyNotAnInventedPairing() {
        JsonNode policy = node("Policy:004-pol-medical-counterpart", "... on Policy { name kind governs { id } }");
        assertThat(policy.path("kind").asString()).isEqualTo("MECHANISM");
        assertThat(policy.path("governs").findValues("id").stream().map(JsonNode::asString)).contains("Project:004-task-health-integration");
        assertThat(graphql.data("{ pairings(filter: { document: \"Document:004\" }) { totalCount } }")
                .path("pairings").path("totalCount").asInt()).isZero();
    }

    @Test
    void searchFindsTheMaskedCountyGdpFigureByItsWords() {
        JsonNode hits = graphql.data("{ search(text: \"县域地区生产总值\", types: [Indicator], first: 3) { edges { node { node { id } } } } }");
        assertThat(hits.path("search").path("edges").findValues("id").stream().map(JsonNode::asString))
                .contains("Indicator:004-ind-county-gdp");
    }
}
