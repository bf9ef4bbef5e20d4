package org.moneygraph.pairing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The pairings of reports 001 and 003 as a network, with their real figures and quotes. */
class PairingNetworkSeedTest extends PairingSeedTest {

    @Test
    void guangzhouHelpsTheMaskedXxWith2xCadresKeptMasked() {
        JsonNode network = network("Pairing:001-pair-gz", 1);
        assertThat(network.path("around").path("id").asString()).isEqualTo("Pairing:001-pair-gz");
        JsonNode gz = edge(network, "Pairing:001-pair-gz");
        assertPairing(gz, "COUNTERPART_ASSISTANCE", "Region:001-guangzhou", "Region:001-xx-gz-helped",
                "广州对口xx帮扶协作进一步加强,今年新增2x名干部");
        assertThat(gz.path("cadres").path("text").asString()).isEqualTo("2x名");
        assertThat(gz.path("cadres").path("masked").asBoolean()).isTrue();
        assertThat(gz.path("cadres").path("value").isNull()).isTrue();
        assertThat(gz.path("period").path("text").asString()).isEqualTo("今年");
        assertThat(gz.path("hop").asInt()).isEqualTo(1);

        // The masked cadres are counted apart, never as zero.
        JsonNode cadres = network.path("totals").path("cadres");
        assertThat(cadres.path("known")).isEmpty();
        assertThat(cadres.path("knownPairings").asInt()).isZero();
        assertThat(cadres.path("maskedPairings").asInt()).isEqualTo(1);
        assertThat(cadres.path("maskedTexts").get(0).asString()).isEqualTo("2x名");
    }

    @Test
    void theMaskedXxAndTheMaskedCityAreTwoNodes() {
        JsonNode network = network("Pairing:001-pair-gz", 1);
        // 广州 also helps xx市 (the business-environment list); the two masked places stay apart.
        assertThat(pairingIds(network)).containsExactlyInAnyOrder("Pairing:001-pair-gz", "Pairing:001-pair-gz-city");
        JsonNode xx = party(network, "Region:001-xx-gz-helped");
        JsonNode city = party(network, "Region:001-city");
        assertThat(xx.path("node").path("name").asString()).isEqualTo("xx");
        assertThat(city.path("node").path("name").asString()).isEqualTo("xx市");
        assertThat(xx.path("node").path("masked").asBoolean()).isTrue();
        assertThat(city.path("node").path("masked").asBoolean()).isTrue();
        assertThat(xx.path("distance").asInt()).isZero();
        assertThat(city.path("distance").asInt()).isEqualTo(1);
        assertThat(party(network, "Region:001-guangzhou").path("role").asString()).isEqualTo("HELPER");
        assertThat(network.path("totals").path("parties").asInt()).isEqualTo(3);
    }

    @Test
    void aroundTheCityTheMaskedXxIsOneHopFurtherThroughGuangzhou() {
        JsonNode near = network("Region:001-city", 1);
        assertThat(pairingIds(near)).contains("Pairing:001-pair-gz-city", "Pairing:001-pair-gz-districts",
                "Pairing:001-pair-qq", "Pairing:001-pair-kjtp", "Pairing:001-pair-villages", "Pairing:001-pair-jnu")
                .doesNotContain("Pairing:001-pair-gz");
        assertThat(party(near, "Region:001-guangzhou").path("distance").asInt()).isEqualTo(1);
        // The counties, towns and the policy office lie within the city, so they are starting parties.
        assertThat(party(near, "Region:001-counties").path("distance").asInt()).isZero();
        assertThat(party(near, "Organization:001-zhengyanshi").path("distance").asInt()).isZero();

        JsonNode far = network("Region:001-city", 2);
        JsonNode gz = edge(far, "Pairing:001-pair-gz");
        assertThat(gz.path("hop").asInt()).isEqualTo(2);
        assertThat(party(far, "Region:001-xx-gz-helped").path("distance").asInt()).isEqualTo(2);
        assertThat(far.path("totals").path("byMechanism").findValues("mechanism").stream().map(JsonNode::asString))
                .contains("COUNTERPART_ASSISTANCE", "TEN_THOUSAND_ENTERPRISES", "SCI_TECH_COMMISSIONER",
                        "ENTERPRISE_VILLAGE", "TALENT_PARTNER");
        assertThat(far.path("totals").path("pairings").asInt()).isEqualTo(far.path("edges").size());
    }

    @Test
    void scienceTeamsAndVillagePairsKeepTheirMaskedCounts() {
        JsonNode network = network("Region:001-city", 1);
        JsonNode science = edge(network, "Pairing:001-pair-kjtp");
        assertThat(science.path("mechanism").asString()).isEqualTo("SCI_TECH_COMMISSIONER");
        assertThat(science.path("count").path("text").asString()).isEqualTo("4x支");
        assertThat(science.path("count").path("masked").asBoolean()).isTrue();
        assertThat(edge(network, "Pairing:001-pair-villages").path("count").path("text").asString()).isEqualTo("22x个");
    }

    @Test
    void jinanUniversityIsATalentPartnerOfThePolicyResearchOffice() {
        JsonNode network = network("Organization:001-jnu", 2);
        JsonNode jnu = edge(network, "Pairing:001-pair-jnu");
        assertPairing(jnu, "TALENT_PARTNER", "Organization:001-jnu", "Organization:001-zhengyanshi", "市委政研室与暨南大学合作");
        assertThat(jnu.path("projects").findValues("id").stream().map(JsonNode::asString)).containsExactly("Project:001-ftz-research");
        assertThat(party(network, "Organization:001-jnu").path("node").path("name").asString()).isEqualTo("暨南大学");
        assertThat(party(network, "Organization:001-jnu").path("node").path("kind").asString()).isEqualTo("UNIVERSITY");
        assertThat(party(network, "Organization:001-zhengyanshi").path("role").asString()).isEqualTo("HELPED");
    }

    @Test
    void tongjiangHasAssistanceGroupsForItsTownshipsAndResidentTeamsForItsVillages() {
        JsonNode network = network("Region:003-tongjiang", 1);
        JsonNode groups = edge(network, "Pairing:003-pair-groups-townships");
        assertPairing(groups, "ASSISTANCE_GROUP", "Organization:003-assist-groups", "Region:003-assisted-townships",
                "帮扶集团与帮扶乡镇捆绑考核机制");
        JsonNode teams = edge(network, "Pairing:003-pair-resident-teams");
        assertPairing(teams, "RESIDENT_ASSISTANCE", "Organization:003-resident-teams", "Region:003-villages",
                "驻村工作队落实驻村责任");
        assertThat(party(network, "Organization:003-assist-groups").path("node").path("kind").asString())
                .isEqualTo("ASSISTANCE_GROUP");
        // The resident teams are located in the county, so they start the network; the groups are one hop out.
        assertThat(party(network, "Organization:003-resident-teams").path("distance").asInt()).isZero();
        assertThat(party(network, "Organization:003-assist-groups").path("distance").asInt()).isEqualTo(1);
        assertThat(pairingIds(network)).contains("Pairing:003-pair-city-party-yxyc", "Pairing:003-pair-city-gov-yxyc")
                .doesNotHaveDuplicates();
    }
}
