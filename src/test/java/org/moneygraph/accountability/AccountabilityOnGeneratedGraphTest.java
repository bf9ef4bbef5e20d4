package org.moneygraph.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.QueryPlans;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Chains and responsibility lists on a generated graph: thousands of sibling projects that must not leak
 * into one project's chain, a campaign nest deeper than the server follows, units that direct each other
 * in a circle, and a unit that reaches the same headquarters by two routes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "graph.seed.enabled=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountabilityOnGeneratedGraphTest {

    static final int SIBLINGS = 3000;
    static final int NEST = 20;

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, AccountabilityOnGeneratedGraphTest.class);
    }

    @BeforeAll
    void generate() {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                        CREATE (:Entity:Region {id: 'Region:g-province', type: 'Region', key: 'g-province', name: '甲省', level: 'PROVINCE'})
                        CREATE (gov:Entity:Organization {id: 'Organization:g-gov', type: 'Organization', key: 'g-gov', name: '甲省人民政府', kind: 'GOVERNMENT'})
                        CREATE (hq:Entity:Organization {id: 'Organization:g-hq', type: 'Organization', key: 'g-hq', name: '指挥部', kind: 'COMMAND_HEADQUARTERS'})
                        CREATE (unit:Entity:Organization {id: 'Organization:g-unit', type: 'Organization', key: 'g-unit', name: '交通局', kind: 'DEPARTMENT'})
                        CREATE (top:Entity:Campaign {id: 'Campaign:g-top', type: 'Campaign', key: 'g-top', name: '攻坚战', kind: 'BATTLE'})
                        CREATE (hq)-[:DIRECTED_BY {citationIds: []}]->(gov)
                        CREATE (hq)-[:COMMANDS {citationIds: []}]->(top)
                        CREATE (unit)-[:MEMBER_OF {citationIds: []}]->(hq)
                        """);
                tx.run("""
                        UNWIND range(1, $siblings) AS i
                        MATCH (top:Campaign {id: 'Campaign:g-top'}), (unit:Organization {id: 'Organization:g-unit'})
                        CREATE (p:Entity:Project {id: 'Project:g-p' + i, type: 'Project', key: 'g-p' + i, name: '项目' + i,
                                                  status: CASE WHEN i % 500 = 0 THEN 'STALLED' ELSE 'UNDER_CONSTRUCTION' END})
                        CREATE (p)-[:PART_OF {citationIds: []}]->(top)
                        CREATE (unit)-[:LEADS {citationIds: []}]->(p)
                        """, Map.of("siblings", SIBLINGS));
                tx.run("""
                        UNWIND range(1, $nest) AS i
                        CREATE (:Entity:Campaign {id: 'Campaign:g-nest' + i, type: 'Campaign', key: 'g-nest' + i, name: '第' + i + '层', kind: 'ACTION'})
                        WITH i
                        MATCH (c:Campaign {id: 'Campaign:g-nest' + i})
                        OPTIONAL MATCH (parent:Campaign {id: CASE i WHEN 1 THEN 'Campaign:g-top' ELSE 'Campaign:g-nest' + (i - 1) END})
                        CREATE (c)-[:PART_OF {citationIds: []}]->(parent)
                        """, Map.of("nest", NEST));
                tx.run("""
                        MATCH (deepest:Campaign {id: 'Campaign:g-nest' + $nest})
                        CREATE (p:Entity:Project {id: 'Project:g-deep', type: 'Project', key: 'g-deep', name: '深层项目', status: 'PLANNED'})
                        CREATE (p)-[:PART_OF {citationIds: []}]->(deepest)
                        """, Map.of("nest", NEST));
                tx.run("""
                        CREATE (a:Entity:Organization {id: 'Organization:g-a', type: 'Organization', key: 'g-a', name: '甲单位', kind: 'DEPARTMENT'})
                        CREATE (b:Entity:Organization {id: 'Organization:g-b', type: 'Organization', key: 'g-b', name: '乙单位', kind: 'DEPARTMENT'})
                        CREATE (c:Entity:Organization {id: 'Organization:g-c', type: 'Organization', key: 'g-c', name: '丙单位', kind: 'DEPARTMENT'})
                        CREATE (p:Entity:Project {id: 'Project:g-circle', type: 'Project', key: 'g-circle', name: '循环项目', status: 'PLANNED'})
                        CREATE (a)-[:LEADS {citationIds: []}]->(p)
                        CREATE (a)-[:DIRECTED_BY {citationIds: []}]->(b)
                        CREATE (b)-[:DIRECTED_BY {citationIds: []}]->(c)
                        CREATE (c)-[:DIRECTED_BY {citationIds: []}]->(a)
                        """);
            });
        }
    }

    @BeforeEach
    void client() {
        graphql = new GraphQl(port);
    }

    JsonNode chain(String subject) {
        return graphql.data(AccountabilityOnSeedTest.CHAIN, Map.of("s", subject)).path("accountabilityChain");
    }

    @Test
    void oneProjectsChainHoldsItsOwnLinksNotThoseOfItsThousandsOfSiblings() {
        JsonNode chain = chain("Project:g-p42");
        List<String> links = new ArrayList<>();
        chain.path("links").forEach(l -> links.add(l.path("kind").asString() + " " + l.path("from").path("id").asString()
                + " -> " + l.path("to").path("id").asString()));
        // The unit reaches the headquarters both as a member and through the campaign it commands: one node, two links.
        assertThat(links).containsExactlyInAnyOrder(
                "CAMPAIGN Project:g-p42 -> Campaign:g-top",
                "LEAD_UNIT Project:g-p42 -> Organization:g-unit",
                "HEADQUARTERS Campaign:g-top -> Organization:g-hq",
                "MEMBER_OF Organization:g-unit -> Organization:g-hq",
                "DIRECTED_BY Organization:g-hq -> Organization:g-gov");
        assertThat(chain.path("parties").valueStream().filter(p -> p.path("node").path("id").asString().equals("Organization:g-hq")))
                .hasSize(1).allMatch(p -> p.path("depth").asInt() == 2);
        assertThat(chain.path("complete").asBoolean()).isTrue();
    }

    @Test
    void aNestDeeperThanTheServerFollowsEndsInADepthLimitBreakNotASilentCut() {
        JsonNode chain = chain("Project:g-deep");
        int deepest = chain.path("links").valueStream().mapToInt(l -> l.path("depth").asInt()).max().orElseThrow();
        assertThat(deepest).isEqualTo(ChainRepository.MAX_DEPTH);
        assertThat(chain.path("complete").asBoolean()).isFalse();
        assertThat(chain.path("breaks").valueStream().map(b -> b.path("missing").asString() + "@" + b.path("at").path("id").asString()))
                .contains("DEPTH_LIMIT@Campaign:g-nest" + (NEST - ChainRepository.MAX_DEPTH + 1));
    }

    @Test
    void unitsDirectingEachOtherInACircleEndTheChainWithEachLinkOnce() {
        JsonNode chain = chain("Project:g-circle");
        List<String> links = new ArrayList<>();
        chain.path("links").forEach(l -> links.add(l.path("from").path("id").asString() + " -> " + l.path("to").path("id").asString()));
        assertThat(links).containsExactlyInAnyOrder("Project:g-circle -> Organization:g-a",
                "Organization:g-a -> Organization:g-b", "Organization:g-b -> Organization:g-c",
                "Organization:g-c -> Organization:g-a");
        assertThat(chain.path("breaks").get(0).path("missing").asString()).isEqualTo("CYCLE");
        assertThat(chain.path("complete").asBoolean()).isFalse();
    }

    @Test
    void theGovernmentAnswersForEveryProjectUnderItsHeadquartersAndPagesStayBounded() {
        JsonNode report = graphql.data(AccountabilityOnSeedTest.RESPONSIBILITIES,
                Map.of("of", "Organization:g-gov", "first", 100)).path("responsibilities");
        // Campaigns are followed down as deep as chains are followed up; the deep project lies beyond.
        int campaigns = 1 + ChainRepository.MAX_DEPTH;
        int projects = SIBLINGS;
        assertThat(report.path("totalCount").asInt()).isEqualTo(campaigns + projects);
        assertThat(report.path("behindCount").asInt()).isEqualTo(SIBLINGS / 500);
        assertThat(report.path("items").path("edges")).hasSize(100);
        // Stalled projects need attention, so they open the list.
        assertThat(report.path("items").path("edges").get(0).path("node").path("behindReason").asString()).isEqualTo("STALLED");

        JsonNode tooMany = graphql.post(AccountabilityOnSeedTest.RESPONSIBILITIES, Map.of("of", "Organization:g-gov", "first", 101));
        assertThat(tooMany.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooMany.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("first");
    }

    @Test
    void bothQueriesStartFromTheIdIndexAndScanNoLabel() {
        assertThat(QueryPlans.scans(driver, ChainRepository.CHAIN, ChainRepository.parameters("Project:g-p42", true))).isEmpty();
        assertThat(QueryPlans.scans(driver, ResponsibilityRepository.RESPONSIBILITIES,
                ResponsibilityRepository.parameters("Organization:g-gov", true, null, false, 0, 20))).isEmpty();
        assertThat(QueryPlans.operators(driver, ChainRepository.CHAIN, ChainRepository.parameters("Project:g-p42", true)))
                .anyMatch(op -> op.startsWith("NodeUniqueIndexSeek") || op.startsWith("NodeIndexSeek"));
    }
}
