package org.moneygraph.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.moneygraph.config.EmbeddedNeo4j;
import org.moneygraph.support.GraphQl;
import org.moneygraph.support.TestDatabases;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The explorer page in real headless Chromium against the running service on the seed: what a leader or auditor
 * sees, checked against what the GraphQL API answers. Skipped only on machines without a Chromium binary.
 * One browser and one application context serve every test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf(value = "chromiumInstalled", disabledReason = "no chromium binary on PATH")
class ExplorerPageTest {

    private static final String TRAIL_TOTALS = """
            query($from: ID!) { moneyTrail(from: $from, direction: DOWNSTREAM, maxDepth: 4) {
              totals { flowCount yuan maskedCount } } }""";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j embedded;

    GraphQl graphql;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ExplorerPageTest.class);
        TestDatabases.adminToken(registry);
    }

    /** Signs the page in as the bootstrap admin, who may reconcile, as an auditor would with a token. */
    private static void signInAsAuditor() {
        browser.js("sessionStorage.setItem('moneygraph.token', '" + TestDatabases.ADMIN_TOKEN + "');");
    }

    /**
     * Skips the class, before any database starts, on machines without Chromium. A condition rather than an
     * assumption in {@code @BeforeAll}, because Surefire counts the tests of an aborted class as none run, not as
     * skipped.
     */
    static boolean chromiumInstalled() {
        return Browser.chromium().isPresent();
    }

    @BeforeEach
    void browser() {
        graphql = new GraphQl(port);
        if (browser == null) {
            browser = Browser.start(Browser.chromium().orElseThrow(), port);
        }
        // A page that asks the API nothing, to start every test with Chinese and no token.
        browser.open("#/search");
        browser.js("localStorage.clear(); sessionStorage.clear();");
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void theHomePageLeadsToWhatIsBehindAndToTheLargestFunds() {
        browser.open("#/");
        assertThat(browser.find("h1").getText()).isEqualTo("它们由谁负责？资金去了哪里？");
        assertThat(browser.find("[data-testid='home-behind']").getText()).contains("S216公路", "路基土石方工程");
        WebElement fund = browser.find("a.node-Fund");
        assertThat(fund.getAttribute("href")).contains("#/money/Fund%3A");
        assertThat(browser.all("a.node-Document")).hasSize(5);
        browser.screenshot("home");
    }

    @Test
    void theSearchBoxFindsZhangheVillageWithItsSourceQuote() {
        WebElement box = browser.find("#search-input");
        box.sendKeys("张河村");
        box.submit();
        browser.awaitReady();
        assertThat(browser.driver().getCurrentUrl()).contains("#/search?q=");
        assertThat(browser.find("[data-testid='search-count']").getText()).contains("张河村").contains("12");

        WebElement village = browser.find("[data-kind='Region'] .hit[data-id='Region:002-p01-zhanghe']");
        assertThat(village.findElement(By.cssSelector("a.node")).getText()).isEqualTo("张河村");
        assertThat(village.findElement(By.cssSelector("blockquote")).getText()).contains("完成农博园核心张河村、波尔村整村搬迁");
        assertThat(browser.all("[data-kind] h2")).extracting(WebElement::getText)
                .contains("区域 (3)", "项目 (4)");
        browser.screenshot("search-zhanghe");
    }

    @Test
    void theS216PageShowsItsChainUpToTheCountyAndItsProgressAgainstTarget() {
        browser.open("#/project/Project:000-s216-highway");
        String tree = browser.chartText("chain-chart");
        assertThat(tree).contains("S216公路", "城乡建设融合共建", "推动城乡融合发展攻坚战", "推动城乡融合发展攻坚战指挥部",
                "县委", "县政府", "十大攻坚战");
        assertThat(browser.find("[data-testid='chain-complete']").getText()).isEqualTo("链条不完整");
        assertThat(browser.all(".breaks [data-gap]")).extracting(e -> e.getAttribute("data-gap"))
                .containsExactly("LEAD_UNIT_NOT_STATED", "LEADING_BODY_NOT_STATED");
        assertThat(browser.all(".top-unit")).extracting(WebElement::getText).containsExactlyInAnyOrder("县委", "县政府");

        WebElement earthwork = browser.find("[data-testid='progress'] [data-item='路基土石方工程']");
        assertThat(earthwork.getText()).contains("实际 22%", "目标 35%", "未达目标");
        assertThat(earthwork.findElement(By.cssSelector(".fill")).getAttribute("style")).contains("width: 22%");
        assertThat(earthwork.findElement(By.cssSelector(".tick")).getAttribute("style")).contains("left: 35%");
        WebElement bridges = browser.find("[data-testid='progress'] [data-item='桥涵工程']");
        assertThat(bridges.getText()).contains("实际 40%", "目标 52%");
        assertThat(browser.find("[data-testid='project-status']").getText()).isEqualTo("在建/推进中");
        browser.screenshot("project-s216");
    }

    @Test
    void theCitysMoneyPageShowsTheTotalsTheApiGives() {
        JsonNode api = graphql.data(TRAIL_TOTALS, Map.of("from", "Region:001-city")).path("moneyTrail").path("totals");
        assertThat(api.path("yuan").asString()).isEqualTo("43070000000");

        signInAsAuditor();
        browser.open("#/money/Region:001-city");
        WebElement totals = browser.find("[data-testid='trail-totals']");
        assertThat(totals.getAttribute("data-yuan")).isEqualTo(api.path("yuan").asString());
        assertThat(totals.getAttribute("data-flows")).isEqualTo(api.path("flowCount").asString());
        assertThat(totals.getAttribute("data-masked")).isEqualTo("0");
        assertThat(browser.find("[data-testid='trail-yuan']").getText()).isEqualTo("430.70亿元");
        assertThat(browser.find("[data-testid='trail-exact']").getText()).contains("43,070,000,000");
        assertThat(browser.chartText("sankey")).contains("xx市", "县(市、区)", "308.42亿元", "88.84亿元", "33.44亿元");
        assertThat(browser.all("[data-testid='hops'] tbody tr")).hasSize(3);
        assertThat(browser.find("[data-testid='flags']").getText()).contains("无下游去向");
        browser.screenshot("money-city");
    }

    @Test
    void theSubsidiesOfReport001AddUpAsTheApiSays() {
        JsonNode api = graphql.data(TRAIL_TOTALS, Map.of("from", "Fund:001-fund-subsidy")).path("moneyTrail").path("totals");

        browser.open("#/money/Fund:001-fund-subsidy");
        WebElement totals = browser.find("[data-testid='trail-totals']");
        assertThat(totals.getAttribute("data-yuan")).isEqualTo(api.path("yuan").asString()).isEqualTo("30842000000");
        assertThat(browser.find("[data-testid='trail-yuan']").getText()).isEqualTo("308.42亿元");
        assertThat(browser.chartText("sankey")).contains("308.42亿元");
        // Anonymous loopback callers are viewers: the trail is theirs, the reconciliation is not.
        assertThat(browser.find("[data-testid='flags-need-auditor']").getText()).contains("AUDITOR");
    }

    @Test
    void theBondsMaskedHopIsDrawnWithItsTextAndNeverCountedAsZero() {
        JsonNode api = graphql.data(TRAIL_TOTALS, Map.of("from", "Fund:001-fund-bond")).path("moneyTrail").path("totals");
        assertThat(api.path("maskedCount").asInt()).isEqualTo(1);

        signInAsAuditor();
        browser.open("#/money/Fund:001-fund-bond");
        WebElement totals = browser.find("[data-testid='trail-totals']");
        assertThat(totals.getAttribute("data-yuan")).isEqualTo(api.path("yuan").asString()).isEqualTo("8884000000");
        assertThat(totals.getAttribute("data-masked")).isEqualTo("1");
        assertThat(totals.getText()).contains("88.84亿元", "至少");
        assertThat(browser.chartText("sankey")).contains("10x亿元", "88.84亿元");
        List<WebElement> masked = browser.all("[data-testid='hops'] .hop-amount[data-masked='true']");
        assertThat(masked).extracting(WebElement::getText).singleElement().asString().startsWith("10x亿元");
        assertThat(browser.find(".masked-legend").getText()).contains("10x亿元");
        assertThat(browser.find("[data-testid='flags']").getText()).contains("金额脱敏", "10x亿元");
        browser.screenshot("money-bond");
    }

    @Test
    void aSourceLinkOpensTheReportWithTheQuoteHighlighted() {
        browser.open("#/money/Fund:001-fund-subsidy");
        browser.find("[data-testid='hops'] a.source").click();
        browser.awaitReady();
        assertThat(browser.driver().getCurrentUrl()).contains("#/document/Document%3A001");
        assertThat(browser.find("[data-testid='highlight']").getText())
                .isEqualTo("统筹中央及省、市资金下达县(市、区)各项补助308.42亿元");
        browser.screenshot("document-quote");
    }

    @Test
    void aDeepLinkWithOnlyTheQuoteFindsItToo() {
        String quote = "及时转下达中央和省县级基本财力保障资金共33.44亿元";
        browser.open("#/document/Document:001?quote=" + URLEncoder.encode(quote, StandardCharsets.UTF_8));
        assertThat(browser.find("[data-testid='highlight']").getText()).isEqualTo(quote);
    }

    @Test
    void theRegionPageRollsUpTheCityAndDrawsItsPairingNetwork() {
        browser.open("#/region/Region:001-city");
        assertThat(browser.chartText("region-tree")).contains("xx市", "县(市、区)");
        WebElement city = browser.find("[data-testid='rollups'] tbody tr");
        assertThat(city.getText()).contains("xx市", "430.70亿元");
        // The city's own targets come with the list of what is behind in it, and are the API's.
        JsonNode summary = graphql.data("""
                { targetProgress(scope: "Region:001-city") { summary { behindProjects indicatorStatuses { status count } } } }""")
                .path("targetProgress").path("summary");
        int below = 0;
        for (JsonNode status : summary.path("indicatorStatuses")) {
            below += status.path("status").asString().equals("BELOW_TARGET") ? status.path("count").asInt() : 0;
        }
        List<WebElement> cells = city.findElements(By.tagName("td"));
        assertThat(cells.get(4).getText()).isEqualTo(summary.path("behindProjects").asString());
        assertThat(cells.get(5).getText()).isEqualTo(String.valueOf(below));
        assertThat(browser.all("h2")).extracting(WebElement::getText).contains("项目 (21)");
        assertThat(browser.all("[data-testid='region-projects'] tbody tr")).hasSize(21);
        assertThat(browser.chartText("pairing-graph")).contains("广州市");
        // The table lists the first pairings the API gives, with their sentences loaded for those rows.
        JsonNode listed = graphql.data("""
                { pairingNetwork(around: "Region:001-city", depth: 2) { edges(first: 100) { sources { quote } } } }""")
                .path("pairingNetwork").path("edges");
        List<WebElement> pairings = browser.all("[data-testid='pairings'] tbody tr");
        assertThat(pairings).isNotEmpty().hasSize(listed.size());
        for (int i = 0; i < pairings.size(); i++) {
            assertThat(pairings.get(i).findElements(By.cssSelector("a.source"))).as("row %d", i)
                    .hasSize(listed.get(i).path("sources").size());
        }
        browser.screenshot("region-city");
    }

    @Test
    void aPartTooLargeForOneAnswerSaysSoAndTheRestOfThePageShows() {
        // The real refusal: the database's bound on one transaction lowered to 1 MB, below what any target list
        // of the seed needs (a province's is far beyond the default bound).
        Config config = ((GraphDatabaseAPI) embedded.database(null)).getDependencyResolver().resolveDependency(Config.class);
        config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(1), "ExplorerPageTest");
        JsonNode refused;
        try {
            refused = graphql.post("{ targetProgress(behindOnly: true) { behind(first: 100) { reason } "
                    + "summary { behindReasons { count } } } }", Map.of());
        } finally {
            config.setDynamic(GraphDatabaseSettings.memory_transaction_max_size, 0L, "ExplorerPageTest");
        }
        assertThat(refused.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("TOO_LARGE");
        // The seed's lists fit whatever the bound that lets the rest of a page through, so the page's requests for
        // what is behind (the only ones that ask behindReasons) and for roll-ups (fundSummary) get that refusal as
        // the service sent it; the others go to the service.
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        String script = "const real = window.fetch; const refusal = " + refused + ";"
                + "window.fetch = (url, init) => init && init.body"
                + " && (init.body.includes('behindReasons') || init.body.includes('fundSummary'))"
                + " ? Promise.resolve(new Response(JSON.stringify(refusal), { status: 200,"
                + " headers: { 'Content-Type': 'application/graphql-response+json' } })) : real(url, init);";
        Object added = chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                .get("identifier");
        try {
            browser.open("#/");
            assertThat(browser.find("[data-testid='home-behind-too-large']").getText()).contains("范围太大");
            assertThat(browser.all("[data-testid='home-behind']")).isEmpty();
            assertThat(browser.find(".region-chips").getText()).contains("xx市");
            browser.screenshot("home-too-large");
            browser.open("#/region/Region:001-city");
            assertThat(browser.find("[data-testid='behind-too-large']").getText()).contains("范围太大");
            // Roll-ups refused with and without targets: dashes, and the page goes on.
            assertThat(browser.find("[data-testid='rollups'] tbody tr").getText()).contains("xx市", "—")
                    .doesNotContain("430.70亿元");
            assertThat(browser.chartText("pairing-graph")).contains("广州市");
        } finally {
            chrome.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added));
        }
        browser.open("#/");
        assertThat(browser.find("[data-testid='home-behind']").getText()).contains("S216公路");
    }

    @Test
    void listsOfWhatIsBehindShowTheirFirstHundredAndSayHowManyThereAre() {
        JsonNode api = graphql.data("{ targetProgress(behindOnly: true) { behind { reason } } }")
                .path("targetProgress").path("behind");
        browser.open("#/");
        List<WebElement> rows = browser.all("[data-testid='home-behind'] tbody tr");
        assertThat(rows).hasSize(Math.min(100, api.size()));
        if (api.size() > 100) {
            assertThat(browser.find("[data-testid='home-behind'] + .muted").getText())
                    .isEqualTo("显示前 100 条，共 " + api.size() + " 条。");
        }
    }

    @Test
    void theLanguageToggleSwitchesToEnglishAndBack() {
        browser.open("#/project/Project:000-s216-highway");
        assertThat(browser.all("h2")).extracting(WebElement::getText).contains("问责链");
        browser.find("#lang-toggle").click();
        browser.awaitReady();
        assertThat(browser.all("h2")).extracting(WebElement::getText).contains("Accountability chain", "Progress against target");
        assertThat(browser.find("[data-testid='chain-complete']").getText()).isEqualTo("incomplete chain");
        assertThat(browser.find("#lang-toggle").getText()).isEqualTo("中文");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("project-s216-en");

        browser.find("#lang-toggle").click();
        browser.awaitReady();
        assertThat(browser.all("h2")).extracting(WebElement::getText).contains("问责链");
    }

    @Test
    void theTokenIsSentAsBearerAndRefusalsAreExplained() {
        browser.find("#token-button").click();
        browser.find("#token-input").sendKeys("reader-token");
        browser.find("#token-save").click();
        browser.awaitReady();
        assertThat(browser.js("return sessionStorage.getItem('moneygraph.token')")).isEqualTo("reader-token");

        // Record what the page sends, and answer as a server that refuses the token would.
        browser.js("""
                window.sent = [];
                window.fetch = async (url, init) => {
                  window.sent.push(init.headers.Authorization);
                  return new Response(JSON.stringify({ errors: [{ message: 'token expired',
                    extensions: { classification: 'UNAUTHENTICATED' } }] }), { status: 200 });
                };""");
        browser.js("location.hash = '#/project/Project:000-s216-highway'");
        browser.awaitReady();
        assertThat(browser.js("return window.sent[0]")).isEqualTo("Bearer reader-token");
        WebElement banner = browser.find("#auth-error");
        assertThat(banner.isDisplayed()).isTrue();
        assertThat(banner.getAttribute("data-code")).isEqualTo("UNAUTHENTICATED");
        assertThat(banner.getText()).contains("需要登录");
        assertThat(browser.find("#token-panel").isDisplayed()).isTrue();

        browser.js("""
                window.fetch = async () => new Response(JSON.stringify({ errors: [{ message: 'needs AUDITOR',
                  extensions: { classification: 'FORBIDDEN' } }] }), { status: 200 });""");
        browser.js("location.hash = '#/money/Region:001-city'");
        browser.awaitReady();
        assertThat(browser.find("#auth-error").getText()).contains("无权访问");
    }

    @Test
    void echartsComesFromTheAppsOwnWebJarAndNothingFromElsewhere() {
        browser.open("#/money/Region:001-city");
        browser.chartText("sankey");
        assertThat(browser.js("return window.echarts.version")).isEqualTo("5.5.0");
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) browser.js(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        assertThat(resources).isNotEmpty()
                .allMatch(url -> url.startsWith("http://127.0.0.1:" + port + "/") || url.startsWith("data:"));
        assertThat(resources).anyMatch(url -> url.contains("/webjars/echarts/"));
    }
}
