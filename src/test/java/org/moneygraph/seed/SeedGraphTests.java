package org.moneygraph.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moneygraph.bundle.SeedLoader;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.ListStatements;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.QueryPlans;
import org.moneygraph.support.SchemaEnums;
import org.moneygraph.support.TestDatabases;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed as loaded at startup: faithful quotes, sources everywhere, idempotent, and counted right. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class SeedGraphTests {

    @LocalServerPort
    int port;

    @Autowired
    protected Driver driver;

    @Autowired
    SeedLoader seed;

    @Autowired
    GraphReader reader;

    @Autowired
    GraphQlSource graphQlSource;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    protected GraphQl graphql;

    @BeforeEach
    void client() {
        graphql = new GraphQl(port);
    }

    private List<Map<String, Object>> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    private List<Map<String, Object>> rows(String cypher, Map<String, Object> parameters) {
        return driver.executableQuery(cypher).withParameters(parameters).execute().records().stream()
                .map(r -> r.asMap()).toList();
    }

    @Test
    void everyQuoteOccursVerbatimInItsDocumentAtItsOffsets() throws IOException {
        Map<String, String> texts = new HashMap<>();
        for (Map<String, Object> doc : rows("MATCH (d:Document) RETURN d.key AS key, d.file AS file")) {
            texts.put((String) doc.get("key"),
                    Files.readString(Path.of("seed/documents", (String) doc.get("file")), StandardCharsets.UTF_8));
        }
        List<Map<String, Object>> citations = rows(
                "MATCH (c:Citation) RETURN c.documentKey AS doc, c.quote AS quote, c.start AS start, c.end AS end");
        assertThat(citations).isNotEmpty();
        for (Map<String, Object> c : citations) {
            String text = texts.get((String) c.get("doc"));
            int start = ((Number) c.get("start")).intValue();
            int end = ((Number) c.get("end")).intValue();
            assertThat(text.substring(start, end)).as("citation in %s", c.get("doc")).isEqualTo(c.get("quote"));
        }
    }

    @Test
    void everyNodeAndEveryRelationshipHasASource() {
        assertThat(rows("""
                MATCH (n:Entity) WHERE NOT n:Passage AND NOT (n)-[:SOURCED_FROM]->(:Citation)
                RETURN n.id AS id""")).isEmpty();
        assertThat(rows("""
                MATCH (:Entity)-[r]->(:Entity)
                WHERE NOT type(r) IN ['HAS_PASSAGE'] AND size(coalesce(r.citationIds, [])) = 0
                RETURN type(r) AS type""")).isEmpty();
    }

    @Test
    void loadingTheSeedAgainChangesNothing() {
        String census = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels";
        Map<String, Object> before = rows(census).getFirst();
        seed.load();
        assertThat(rows(census).getFirst()).isEqualTo(before);
    }

    @Test
    void theSeedReadmeCountsMatchTheDatabase() throws IOException {
        // Rows of the README table look like: | 000 | Region | 12 |
        Pattern row = Pattern.compile("^\\|\\s*(\\d{3})\\s*\\|\\s*(\\w+)\\s*\\|\\s*(\\d+)\\s*\\|\\s*$");
        Map<String, Long> documented = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("seed/README.md"), StandardCharsets.UTF_8)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                documented.put(m.group(1) + " " + m.group(2), Long.parseLong(m.group(3)));
            }
        }
        Map<String, Long> actual = new TreeMap<>();
        for (Map<String, Object> r : rows("""
                MATCH (n:Entity) WHERE NOT n:Document AND NOT n:Passage
                RETURN n.documentKey AS doc, n.type AS type, count(*) AS count""")) {
            actual.put(r.get("doc") + " " + r.get("type"), ((Number) r.get("count")).longValue());
        }
        assertThat(documented).isNotEmpty().isEqualTo(actual);
    }

    @Test
    void aThreeLevelNestedQueryCostsOneRoundTripPerLevel() {
        String query = """
                { projects(first: 100) { totalCount edges { node {
                    name leadUnits { name } regions { name }
                    campaign { name parent { name } headquarters { name region { name } }
                               projects { name } }
                    progress { item quantity { text } sources { quote document { title } } } } } } }""";
        graphql.data(query); // warm caches so the count below measures only this request
        long before = reader.roundTrips();
        JsonNode data = graphql.data(query);
        long trips = reader.roundTrips() - before;
        assertThat(data.path("projects").path("totalCount").asInt()).isGreaterThan(1);
        // Levels: the list; the project's fields; the campaign's fields; the headquarters' region.
        assertThat(trips).isLessThanOrEqualTo(4);
    }

    @Test
    void aNodeAndTheRelationshipFieldsRightUnderItCostOneRoundTripAndAnswerLikeTheLoader() {
        // The campaign whose projects have the most regions, indicators and lead units to compare.
        String campaign = (String) rows("""
                MATCH (c:Campaign)<-[:PART_OF]-(p:Project)
                RETURN c.id AS id, sum(COUNT { (p)<-[:MEASURES]-() }) AS indicators,
                       sum(COUNT { (p)-[:IN_REGION]->() } + COUNT { (p)<-[:LEADS]-() }) AS others
                ORDER BY indicators DESC, others DESC, id LIMIT 1""").getFirst().get("id");
        String fields = "id campaign { id } regions { id name } indicators { id sources { quote } } leadUnits { id } "
                + "funding { id flowType }";
        // Projects one level down: their fields come through the neighbour loader.
        JsonNode viaLoader = graphql.data("{ node(id: \"" + campaign + "\") { ... on Campaign { projects { "
                + fields + " } } } }").path("node").path("projects");
        assertThat(viaLoader.size()).isGreaterThan(1);
        assertThat(viaLoader.toString()).contains("\"regions\":[{").contains("\"indicators\":[{")
                .contains("\"quote\":");
        List<String> ids = new java.util.ArrayList<>();
        viaLoader.forEach(p -> ids.add(p.path("id").asString()));
        String region = (String) rows("MATCH (r:Region)-[:WITHIN]->(:Region) RETURN r.id AS id ORDER BY id LIMIT 1")
                .getFirst().get("id");
        List<String> asked = new java.util.ArrayList<>(ids);
        asked.add(region);
        asked.add("Project:no-such-project");
        String query = "{ nodes(ids: " + JSON.writeValueAsString(asked) + ") { ... on Project { " + fields
                + " } ... on Region { id parent { id } } } }";
        graphql.data(query);
        long before = reader.roundTrips();
        JsonNode rooted = graphql.data(query).path("nodes");
        assertThat(reader.roundTrips() - before).isEqualTo(1);
        // The same projects at the root: the same answers, now read in the root's own statement.
        for (int i = 0; i < ids.size(); i++) {
            assertThat(rooted.get(i)).as(ids.get(i)).isEqualTo(viaLoader.get(i));
        }
        String parent = (String) rows("MATCH (:Region {id: '" + region + "'})-[:WITHIN]->(u:Region) RETURN u.id AS id")
                .getFirst().get("id");
        assertThat(rooted.get(ids.size()).path("parent").path("id").asString()).isEqualTo(parent);
        assertThat(rooted.get(ids.size() + 1).isNull()).isTrue();

        // A page of a list with each node's parent: one statement too, and every parent the graph's own.
        String page = "{ regions(first: 50, orderBy: {field: ID}) { edges { node { id parent { id } } } } }";
        graphql.data(page);
        before = reader.roundTrips();
        JsonNode edges = graphql.data(page).path("regions").path("edges");
        assertThat(reader.roundTrips() - before).isEqualTo(1);
        Map<String, Object> parents = new HashMap<>();
        rows("MATCH (r:Region) OPTIONAL MATCH (r)-[:WITHIN]->(u:Region) RETURN r.id AS id, u.id AS parent")
                .forEach(r -> parents.put((String) r.get("id"), r.get("parent")));
        assertThat(edges.size()).isEqualTo(Math.min(50, parents.size()));
        int withParent = 0;
        for (JsonNode edge : edges) {
            JsonNode node = edge.path("node");
            Object expected = parents.get(node.path("id").asString());
            assertThat(node.path("parent").isNull() ? null : node.path("parent").path("id").asString())
                    .as(node.path("id").asString()).isEqualTo(expected);
            withParent += expected == null ? 0 : 1;
        }
        assertThat(withParent).isGreaterThan(10);
        // Without totalCount the list skips counting; with it, the same page and the graph's own total.
        JsonNode counted = graphql.data(page.replace("edges {", "totalCount edges {")).path("regions");
        assertThat(counted.path("edges")).isEqualTo(edges);
        assertThat(counted.path("totalCount").asInt()).isEqualTo(parents.size());

        // Two lists in one request, whose parents are asked without and with their sources: each list is one
        // statement, and each parent field is answered from its own list's statement, sources where asked.
        String both = "{ a: regions(first: 50, orderBy: {field: ID}) { edges { node { id parent { id } } } }"
                + " b: regions(first: 50, orderBy: {field: ID}) { edges { node { id parent { id sources { quote } } } } } }";
        graphql.data(both);
        before = reader.roundTrips();
        JsonNode lists = graphql.data(both);
        assertThat(reader.roundTrips() - before).isEqualTo(2);
        assertThat(lists.path("a").path("edges")).isEqualTo(edges);
        int sourced = 0;
        for (JsonNode edge : lists.path("b").path("edges")) {
            JsonNode parentNode = edge.path("node").path("parent");
            assertThat(parentNode.isNull() ? null : parentNode.path("id").asString())
                    .isEqualTo(parents.get(edge.path("node").path("id").asString()));
            if (!parentNode.isNull()) {
                assertThat(parentNode.path("sources").size()).as(parentNode.path("id").asString()).isPositive();
                sourced++;
            }
        }
        assertThat(sourced).isEqualTo(withParent);
    }

    @Autowired
    org.springframework.data.neo4j.core.DatabaseSelectionProvider databases;

    @Test
    void inProcessReadsAnswerExactlyAsTheDriverDoes() {
        // The embedded database answers reads in-process; the driver's answers over Bolt are the reference.
        GraphReader overBolt = new GraphReader(driver, databases, java.time.Duration.ofSeconds(30),
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(org.moneygraph.config.EmbeddedNeo4j.class), false);
        String[] queries = {
                "MATCH (n:Entity) RETURN n {.*} AS node ORDER BY n.id",
                "MATCH (a)-[r]->(b) RETURN a.id AS from, type(r) AS type, properties(r) AS props, b.id AS to "
                        + "ORDER BY from, type, to, r.citationIds",
                "MATCH (c:Change) RETURN c {.*} AS change, c.at AS at ORDER BY c.id LIMIT 500",
                "MATCH (n:Entity)-[:SOURCED_FROM]->(c:Citation) RETURN n.id AS id, collect(c {.quote, .start}) AS quotes "
                        + "ORDER BY id",
                "RETURN 1 AS one, 1.5 AS half, true AS yes, null AS nothing, [1, 'a', [2.0]] AS mixed, "
                        + "{a: {b: [date('2024-01-02')]}} AS nested, datetime('2024-01-02T03:04:05Z') AS at" };
        for (String query : queries) {
            List<Map<String, Object>> expected = overBolt.read(query, Map.of());
            assertThat(expected).as(query).isNotEmpty();
            assertThat(reader.read(query, Map.of())).as(query).isEqualTo(expected);
        }
        List<Map<String, Object>> inOneTransaction = reader.readTransaction(reads -> reads.run(queries[4], Map.of()));
        List<Map<String, Object>> overBoltInOne = overBolt.readTransaction(reads -> reads.run(queries[4], Map.of()));
        assertThat(inOneTransaction).isEqualTo(overBoltInOne);
    }

    @Test
    void anEnumFilterCountsWhatTheGraphHoldsForEveryValue() {
        // Lists filtered by an enum read through its index; the counts must stay the graph's own.
        String[][] lists = { { "regions", "levels", "Region", "level" }, { "projects", "statuses", "Project", "status" },
                { "fundFlows", "flowTypes", "FundFlow", "flowType" }, { "organizations", "kinds", "Organization", "kind" },
                { "campaigns", "kinds", "Campaign", "kind" }, { "funds", "sourceTypes", "Fund", "sourceType" } };
        int checked = 0;
        for (String[] list : lists) {
            List<Map<String, Object>> counts = rows("MATCH (n:" + list[2] + ") WHERE n." + list[3] + " IS NOT NULL "
                    + "RETURN n." + list[3] + " AS value, count(*) AS count ORDER BY value");
            assertThat(counts).as(list[0]).isNotEmpty();
            for (Map<String, Object> count : counts) {
                String query = "{ " + list[0] + "(filter: {" + list[1] + ": [" + count.get("value") + "]}, first: 1) "
                        + "{ totalCount edges { node { id } } } }";
                assertThat(graphql.data(query).path(list[0]).path("totalCount").asLong()).as(query)
                        .isEqualTo(((Number) count.get("count")).longValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(15);
    }

    @Test
    void pagesOfOneValueByNameWalkTheSameOrderAsSortingTheWholeLabel() {
        // One value, by name, reads the (value, name, id) index in order; two values, or any other order, sort.
        String[][] lists = { { "regions", "levels", "Region", "level" }, { "projects", "statuses", "Project", "status" },
                { "organizations", "kinds", "Organization", "kind" }, { "campaigns", "kinds", "Campaign", "kind" } };
        int pages = 0;
        for (String[] list : lists) {
            List<Object> values = rows("MATCH (n:" + list[2] + ") WHERE n." + list[3] + " IS NOT NULL "
                    + "RETURN DISTINCT n." + list[3] + " AS value ORDER BY value").stream().map(r -> r.get("value")).toList();
            for (String direction : List.of("ASC", "DESC")) {
                for (Object value : values) {
                    List<Object> expected = rows("MATCH (n:" + list[2] + ") WHERE n." + list[3] + " = $value "
                            + "RETURN n.id AS id ORDER BY n.name " + direction + ", n.id " + direction, Map.of("value", value))
                            .stream().map(r -> r.get("id")).toList();
                    List<Object> walked = new java.util.ArrayList<>();
                    String after = null;
                    do {
                        String query = "query($after: String) { " + list[0] + "(filter: {" + list[1] + ": [" + value
                                + "]}, orderBy: {field: NAME, direction: " + direction + "}, first: 10, after: $after) "
                                + "{ edges { node { id } } pageInfo { hasNextPage endCursor } } }";
                        Map<String, Object> variables = new java.util.HashMap<>();
                        variables.put("after", after);
                        JsonNode page = graphql.data(query, variables).path(list[0]);
                        page.path("edges").forEach(e -> walked.add(e.path("node").path("id").asString()));
                        after = page.path("pageInfo").path("hasNextPage").asBoolean()
                                ? page.path("pageInfo").path("endCursor").asString() : null;
                        pages++;
                    } while (after != null);
                    assertThat(walked).as("%s %s %s", list[0], value, direction).isEqualTo(expected);
                }
            }
            if (values.size() > 1) {
                // Two values keep sorting by name across both.
                List<Object> expected = rows("MATCH (n:" + list[2] + ") WHERE n." + list[3] + " IN $values "
                        + "RETURN n.id AS id ORDER BY n.name, n.id LIMIT 50", Map.of("values", values.subList(0, 2)))
                        .stream().map(r -> r.get("id")).toList();
                JsonNode page = graphql.data("{ " + list[0] + "(filter: {" + list[1] + ": [" + values.get(0) + ", "
                        + values.get(1) + "]}, first: 50) { edges { node { id } } } }").path(list[0]);
                List<Object> ids = new java.util.ArrayList<>();
                page.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
                assertThat(ids).as("%s two values", list[0]).isEqualTo(expected);
            }
        }
        assertThat(pages).isGreaterThan(30);
    }

    @Test
    void aPageOfOneValueByNameTakesItsOrderFromAnIndexAndSortsNothing() {
        // Without the whole order in the index, a deep page reads the tie-break of every node before it and sorts.
        String[][] lists = { { "Region", "level", "VILLAGE" }, { "Project", "status", "UNDER_CONSTRUCTION" },
                { "Organization", "kind", "GOVERNMENT" }, { "Campaign", "kind", "BATTLE" } };
        for (String[] list : lists) {
            for (String direction : List.of("ASC", "DESC")) {
                String page = ListStatements.oneValueByNamePage(list[0], list[1], direction);
                List<String> operators = QueryPlans.operators(driver, page,
                        Map.of("enumValues", List.of(list[2]), "offset", 980, "limit", 20));
                assertThat(operators).as("%s %s: %s", list[0], direction, page)
                        .anyMatch(op -> op.startsWith("NodeIndexSeek"))
                        .noneMatch(op -> op.matches("(Partial)?(Sort|Top)@.*"));
            }
        }
    }

    @Test
    void searchPagesFollowTheRankingRuleHitByHit() {
        // The rule written the plain way: every hit scored with its name bonus, the best per node, all sorted,
        // and the quote of the node's best-scoring matching citation (the first by ID among equals).
        String reference = """
                CALL () {
                  CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
                  RETURN node, score
                  UNION ALL
                  CALL db.index.fulltext.queryNodes('citation_quote', $query) YIELD node AS c, score
                  MATCH (node:Entity)-[:SOURCED_FROM]->(c)
                  RETURN node, score * 0.5 AS score
                }
                WITH node, score + CASE WHEN node.name = $text THEN 10.0
                                        WHEN node.name CONTAINS $text THEN 5.0 ELSE 0.0 END AS score
                WHERE $types IS NULL OR node.type IN $types
                WITH node, max(score) AS score
                OPTIONAL CALL (node) {
                  CALL db.index.fulltext.queryNodes('citation_quote', $query) YIELD node AS c, score
                  MATCH (node)-[:SOURCED_FROM]->(c)
                  RETURN c.quote AS quote ORDER BY score DESC, c.id LIMIT 1
                }
                RETURN node.id AS id, score, quote ORDER BY score DESC, id""";
        String page = """
                query($text: String!, $types: [EntityType!], $after: String) {
                  search(text: $text, types: $types, first: 7, after: $after) {
                    totalCount totalCountIsExact pageInfo { hasNextPage endCursor }
                    edges { node { score matchedQuote node { id } } } } }""";
        Object[][] cases = { { "镇", null }, { "张河村", null }, { "项目", null }, { "资金", List.of("Project", "FundFlow") },
                { "雨污管网", null }, { "整改", List.of("Problem") } };
        int pages = 0;
        for (Object[] c : cases) {
            String text = (String) c[0];
            Map<String, Object> params = new HashMap<>();
            // The service's Lucene query for plain words: one character as a prefix, else the phrase first.
            params.put("query", text.length() == 1 ? text + "*" : "\"" + text + "\"^4 OR (" + text + ")");
            params.put("text", text);
            params.put("types", c[1]);
            List<String> expected = rows(reference, params).stream()
                    .map(r -> r.get("id") + " " + r.get("score") + " " + r.get("quote")).toList();
            List<String> found = new ArrayList<>();
            Map<String, Object> variables = new HashMap<>();
            variables.put("text", text);
            variables.put("types", c[1]);
            JsonNode search;
            do {
                search = graphql.data(page, variables).path("search");
                assertThat(search.path("totalCount").asInt()).as(text).isEqualTo(expected.size());
                assertThat(search.path("totalCountIsExact").asBoolean()).as(text).isTrue();
                search.path("edges").forEach(e -> {
                    JsonNode hit = e.path("node");
                    found.add(hit.path("node").path("id").asString() + " " + hit.path("score").asDouble() + " "
                            + (hit.path("matchedQuote").isNull() ? null : hit.path("matchedQuote").asString()));
                });
                variables.put("after", search.path("pageInfo").path("endCursor").asString());
            }
            while (search.path("pageInfo").path("hasNextPage").asBoolean());
            assertThat(expected).as(text).isNotEmpty();
            assertThat(found).as(text).isEqualTo(expected);
            pages += (expected.size() + 6) / 7;
        }
        // Enough pages that a cursor off by one, or a page cut before the ranking, would show.
        assertThat(pages).isGreaterThan(3 * cases.length);
    }

    @Test
    void sourcesComeWithTheirNodesInTheSameRoundTripWhereverTheyAreAsked() {
        String[] queries = {
                "{ node(id: \"Project:000-s216-highway\") { ... on Project { sources { quote } } } }",
                "{ search(text: \"张河村\", first: 3) { edges { node { node { ... on Region { sources { quote } } } } } } }",
                "{ projects(first: 5) { edges { node { sources { quote } } } } }",
                "{ projects(first: 5) { edges { node { campaign { sources { quote } } } } } }" };
        long[] levels = { 1, 1, 1, 1 };
        for (int i = 0; i < queries.length; i++) {
            graphql.data(queries[i]);
            long before = reader.roundTrips();
            String answer = graphql.data(queries[i]).toString();
            assertThat(reader.roundTrips() - before).as(queries[i]).isEqualTo(levels[i]);
            assertThat(answer).as(queries[i]).contains("\"quote\":\"").doesNotContain("\"sources\":[]");
        }
        // A node read without its sources still answers them when a fragment asks, by loading them itself.
        String both = "{ node(id: \"Project:000-s216-highway\") { id ... on Project { campaign { id } } } }";
        assertThat(graphql.data(both).path("node").path("campaign").path("id").asString()).startsWith("Campaign:");
    }

    @Test
    void aRegionFilterFindsWhatLiesAnywhereBelowTheRegion() {
        // The lists walk down from the region; the same question asked upwards from every node must agree.
        List<String> regions = rows("MATCH (r:Region) RETURN r.id AS id ORDER BY r.id").stream()
                .map(r -> (String) r.get("id")).toList();
        Map<String, String> lists = Map.of("projects", "Project", "fundFlows", "FundFlow", "pairings", "Pairing",
                "problems", "Problem", "organizations", "Organization", "regions", "Region");
        // With the total asked, the matches are walked once and both the count and the page come from them.
        String query = lists.keySet().stream()
                .map(list -> list + "(filter: {region: $r}, first: 3) { totalCount edges { node { id } } }")
                .collect(java.util.stream.Collectors.joining(" ", "query($r: ID!) { ", " }"));
        int nonEmpty = 0;
        for (String region : regions) {
            JsonNode answer = graphql.data(query, Map.of("r", region));
            for (var list : lists.entrySet()) {
                long expected = (Long) driver.executableQuery("""
                        MATCH (n) WHERE $label IN labels(n) AND EXISTS {
                          MATCH (n)-[:IN_REGION|FROM|TO|HELPER|HELPED|CONCERNS|RECTIFIES|WITHIN*0..2]->(:Region)
                                -[:WITHIN*0..]->(:Region {id: $region}) }
                        RETURN count(n) AS total""").withParameters(Map.of("label", list.getValue(), "region", region))
                        .execute().records().getFirst().get("total").asLong();
                int total = answer.path(list.getKey()).path("totalCount").asInt();
                assertThat(total).as("%s in %s", list.getKey(), region).isEqualTo(expected);
                if (total == 0) {
                    assertThat(answer.path(list.getKey()).path("edges").size()).isZero();
                    continue;
                }
                List<Object> page = driver.executableQuery("""
                        MATCH (n:$($label)) WHERE EXISTS {
                          MATCH (n)-[:IN_REGION|FROM|TO|HELPER|HELPED|CONCERNS|RECTIFIES|WITHIN*0..2]->(:Region)
                                -[:WITHIN*0..]->(:Region {id: $region}) }
                        RETURN n.id AS id ORDER BY n.name, n.id LIMIT 3""")
                        .withParameters(Map.of("label", list.getValue(), "region", region))
                        .execute().records().stream().map(r -> (Object) r.get("id").asString()).toList();
                List<Object> ids = new java.util.ArrayList<>();
                answer.path(list.getKey()).path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
                assertThat(ids).as("first page of %s in %s", list.getKey(), region).isEqualTo(page);
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).isGreaterThan(20);
    }

    @Test
    void theReadmeExampleQueriesWorkAsWritten() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        // The writing walkthrough changes the graph and needs its own tokens: ReadmeWalkthroughTest replays it.
        int walkthrough = readme.indexOf("## Writing and importing, a walkthrough");
        readme = readme.substring(0, walkthrough) + readme.substring(readme.indexOf("\n## ", walkthrough + 3));
        // A query may be followed by its answer; then the answer printed must be the answer given.
        Matcher block = Pattern.compile("```graphql\\n(.*?)```(\\n\\nAnswer:\\n\\n```json\\n(.*?)```)?", Pattern.DOTALL)
                .matcher(readme);
        int count = 0;
        int answered = 0;
        while (block.find()) {
            // Some examples (reconciliation) need the AUDITOR role.
            JsonNode data = graphql.withToken(TestDatabases.ADMIN_TOKEN).data(block.group(1));
            if (block.group(3) != null) {
                assertThat(data).as("README answer to %s", block.group(1)).isEqualTo(JSON.readTree(block.group(3)));
                answered++;
            }
            for (JsonNode answer : data.values()) {
                assertThat(answer.isNull()).as("README query %s", block.group(1)).isFalse();
                if (answer.has("totalCount")) {
                    assertThat(answer.path("totalCount").asInt()).as("README query %s", block.group(1)).isPositive();
                    assertThat(answer.has("edges") && answer.path("edges").isEmpty()).isFalse();
                }
            }
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(4);
        assertThat(answered).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputGetsACodeAndTheFieldAtFault() {
        JsonNode response = graphql.post("{ projects(first: 1000) { totalCount } }", Map.of());
        assertThat(response.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("first");
        JsonNode cursor = graphql.post("{ regions(after: \"nonsense\") { totalCount } }", Map.of());
        assertThat(cursor.path("errors").get(0).path("extensions").path("field").asString()).isEqualTo("after");
    }

    @Test
    void pagesWalkTheWholeListWithoutRepeats() {
        JsonNode first = graphql.data("{ regions(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }");
        int total = first.path("regions").path("totalCount").asInt();
        java.util.Set<String> seen = new java.util.HashSet<>();
        String after = null;
        do {
            JsonNode page = graphql.data("query($after: String) { regions(first: 3, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }",
                    after == null ? Map.of() : Map.of("after", after)).path("regions");
            page.path("edges").forEach(e -> assertThat(seen.add(e.path("node").path("id").asString())).isTrue());
            after = page.path("pageInfo").path("hasNextPage").asBoolean() ? page.path("pageInfo").path("endCursor").asString() : null;
        } while (after != null);
        assertThat(seen).hasSize(total);
    }

    @Test
    void everyEnumPropertyOfTheSeedHoldsAValueOfItsSchemaEnum() {
        SchemaEnums.assertAllFit(driver, graphQlSource.schema());
    }
}
