package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.moneygraph.explorer.Browser;
import org.moneygraph.support.TestDatabases;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import tools.jackson.databind.JsonNode;

/**
 * The explorer in headless Chromium on the generated money graph, where lists are long. The money page on a trail
 * of thousands of hops (the main fund at depth 4: 30, 1,050, 2,100 and 2,100 hops) shows the whole trail's and each
 * tier's sums, draws and lists one page of each tier, and pages a tier in on request until the pages joined are
 * the tier's whole list. The region page of a province of 30 cities rolls up every city.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "no chromium binary on PATH")
class ExplorerGeneratedGraphTest extends GeneratedMoneyGraphTests {

    /** What the page asks for its first page, and per click: HOPS_PER_PAGE of pages/money.js. */
    private static final int PAGE = 50;

    private static final String WHOLE = """
            query($from: ID!) { moneyTrail(from: $from, maxDepth: 4) {
              totals { flowCount yuan maskedCount }
              tiers { depth totals { flowCount yuan maskedCount } hops { flow { id } } } } }""";

    private static Browser browser;

    static boolean chromiumInstalled() {
        return Browser.chromium().isPresent();
    }

    @BeforeEach
    void browser() {
        if (browser == null) {
            browser = Browser.start(Browser.chromium().orElseThrow(), port);
        }
        browser.open("#/search");
        browser.js("localStorage.clear(); sessionStorage.setItem('moneygraph.token', arguments[0]);",
                TestDatabases.ADMIN_TOKEN);
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The flow IDs of a tier's rows, read in one script: one WebDriver call per row took seconds per page. */
    @SuppressWarnings("unchecked")
    private static List<String> rows(WebElement tier) {
        return (List<String>) browser.js("return [...arguments[0].querySelectorAll('tbody tr')].map(r => r.dataset.flow);",
                tier);
    }

    private static long rowCount(WebElement tier) {
        return ((Number) browser.js("return arguments[0].querySelectorAll('tbody tr').length;", tier)).longValue();
    }

    private static WebElement tier(int depth) {
        return browser.find("[data-testid='tier'][data-depth='" + depth + "']");
    }

    @Test
    void aTrailOfThousandsOfHopsShowsItsWholeSumsAndOnePageOfEachTier() {
        JsonNode api = graphql.data(WHOLE, Map.of("from", GeneratedMoneyGraph.MAIN_FUND)).path("moneyTrail");
        assertThat(api.path("totals").path("flowCount").asInt()).isEqualTo(5280);

        browser.open("#/money/" + GeneratedMoneyGraph.MAIN_FUND + "?depth=4");
        WebElement totals = browser.find("[data-testid='trail-totals']");
        assertThat(totals.getAttribute("data-flows")).isEqualTo("5280");
        assertThat(totals.getAttribute("data-yuan")).isEqualTo(api.path("totals").path("yuan").asString());
        assertThat(totals.getAttribute("data-masked")).isEqualTo("4");
        assertThat(browser.find("[data-testid='sankey-partial']").getText()).contains("前 50 笔");

        List<WebElement> tiers = browser.all("[data-testid='tier']");
        assertThat(tiers).hasSize(4);
        int drawn = 0;
        for (JsonNode tier : api.path("tiers")) {
            WebElement shown = tiers.get(tier.path("depth").asInt() - 1);
            JsonNode sums = tier.path("totals");
            assertThat(shown.getAttribute("data-total")).isEqualTo(sums.path("flowCount").asString());
            WebElement tierTotals = shown.findElement(By.cssSelector("[data-testid='tier-totals']"));
            assertThat(tierTotals.getAttribute("data-yuan")).isEqualTo(sums.path("yuan").asString());
            assertThat(tierTotals.getAttribute("data-masked")).isEqualTo(sums.path("maskedCount").asString());
            List<String> whole = new ArrayList<>();
            tier.path("hops").forEach(hop -> whole.add(hop.path("flow").path("id").asString()));
            int page = Math.min(PAGE, whole.size());
            assertThat(rows(shown)).as("tier %s", tier.path("depth")).isEqualTo(whole.subList(0, page));
            WebElement more = shown.findElement(By.cssSelector("[data-testid='more-hops']"));
            assertThat(more.isDisplayed()).isEqualTo(whole.size() > PAGE);
            drawn += page;
        }
        // The tier of the masked county → project amounts is the third: four masked of 2100, at least.
        assertThat(tiers.get(2).findElement(By.cssSelector("[data-testid='tier-totals']")).getText()).contains("至少");
        browser.chartText("sankey");
        Object links = browser.js("const box = document.querySelector(\"[data-testid='sankey']\");"
                + "return echarts.getInstanceByDom(box).getOption().series[0].links.length;");
        assertThat(((Number) links).intValue()).isEqualTo(drawn).isEqualTo(30 + 3 * PAGE);
        browser.screenshot("money-generated");
    }

    @Test
    void showingMoreAppendsTheTiersNextPagesUntilItsWholeListIsShown() {
        JsonNode api = graphql.data(WHOLE, Map.of("from", GeneratedMoneyGraph.MAIN_FUND)).path("moneyTrail");
        List<String> whole = new ArrayList<>();
        api.path("tiers").get(1).path("hops").forEach(hop -> whole.add(hop.path("flow").path("id").asString()));
        assertThat(whole).hasSize(1050);

        browser.open("#/money/" + GeneratedMoneyGraph.MAIN_FUND + "?depth=4");
        WebElement tier = tier(2);
        WebElement more = tier.findElement(By.cssSelector("[data-testid='more-hops']"));
        int clicks = 0;
        while (more.isDisplayed()) {
            long before = rowCount(tier);
            more.click();
            clicks++;
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> rowCount(tier) > before && more.isEnabled());
        }
        assertThat(clicks).isEqualTo(1050 / PAGE - 1);
        assertThat(rows(tier)).isEqualTo(whole);
        assertThat(tier.findElement(By.cssSelector("[data-testid='tier-shown']")).getText()).isEqualTo("已显示 1050 / 1050 笔");
        // The other tiers are as they were: only the tier asked for grew.
        assertThat(rows(tier(3))).hasSize(PAGE);
        assertThat(rows(tier(1))).hasSize(30);
    }

    @Test
    void theRegionPageOfAProvinceOfThirtyCitiesRollsUpEveryCity() {
        String counts = """
                query($id: ID!) { projects(filter: { region: $id }, first: 1) { totalCount }
                  fundSummary(scope: $id) { totals { flowCount } }
                  targetProgress(scope: $id) { summary { behindProjects indicatorStatuses { status count } } } }""";
        browser.open("#/region/" + GeneratedMoneyGraph.PROVINCE);
        browser.find("[data-testid='rollups'] tbody tr");
        @SuppressWarnings("unchecked")
        List<List<String>> rows = (List<List<String>>) browser.js("return [...document.querySelectorAll("
                + "\"[data-testid='rollups'] tbody tr\")].map(r => [r.querySelector('a').getAttribute('href'),"
                + " ...[...r.cells].slice(1).map(c => c.textContent)]);");
        // The province and its 30 cities: 93 aliases, which one request may not hold (at most 30).
        assertThat(rows).hasSize(1 + GeneratedMoneyGraph.CITIES);
        for (List<String> row : rows) {
            String id = java.net.URLDecoder.decode(row.get(0).substring(row.get(0).lastIndexOf('/') + 1),
                    java.nio.charset.StandardCharsets.UTF_8);
            JsonNode api = graphql.data(counts, Map.of("id", id));
            assertThat(row.get(1)).as(id).isEqualTo(api.path("projects").path("totalCount").asString());
            assertThat(row.get(2)).as(id).endsWith("(" + api.path("fundSummary").path("totals").path("flowCount").asString() + ")");
            // The province's own targets come from the request for what is behind in it, the cities' from roll-ups.
            JsonNode summary = api.path("targetProgress").path("summary");
            assertThat(row.get(4)).as(id).isEqualTo(summary.path("behindProjects").asString());
            int below = 0;
            for (JsonNode status : summary.path("indicatorStatuses")) {
                below += status.path("status").asString().equals("BELOW_TARGET") ? status.path("count").asInt() : 0;
            }
            assertThat(row.get(5)).as(id).isEqualTo(String.valueOf(below));
        }
        assertThat(rows.get(0).get(1)).isEqualTo(String.valueOf(GeneratedMoneyGraph.CITIES
                * GeneratedMoneyGraph.COUNTIES_PER_CITY * GeneratedMoneyGraph.PROJECTS_PER_COUNTY));
    }
}
