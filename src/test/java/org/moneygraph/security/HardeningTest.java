package org.moneygraph.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Hostile requests against each limit of the OWASP GraphQL cheat sheet, with the limits of
 * {@link SecurityServiceTest}: depth 9, complexity 120, 4 aliases, 2 operations, pages of 50, 20000 bytes,
 * 1500 parser tokens.
 */
class HardeningTest extends SecurityServiceTest {

    @Autowired
    GraphQlSource graphQlSource;

    @Autowired
    ObjectProvider<Instrumentation> instrumentations;

    @Autowired
    SecurityObservationSettings securityObservations;

    private static String code(tools.jackson.databind.JsonNode response) {
        return response.path("errors").path(0).path("extensions").path("code").asString();
    }

    /**
     * The checks of the limits and roles are instrumentations; the service chains them all, in their order, and
     * none of them watches fields one by one, so the chain skips those hooks (config.InstrumentationChain).
     * Spring's observation instrumentation is left out, since the default properties turn its observations off,
     * and so is Spring Security's observation of the filter chain (config.ObservationSwitches).
     */
    @Test
    void everyInstrumentationIsChainedAndTheHooksNoneOfThemUsesAreSkipped() {
        var installed = (ChainedInstrumentation) graphQlSource.graphQl().getInstrumentation();
        var beans = instrumentations.orderedStream().toList();
        assertThat(beans).hasAtLeastOneElementOfType(GraphQlObservationInstrumentation.class);
        assertThat(installed.getInstrumentations())
                .containsExactlyElementsOf(beans.stream().filter(i -> !(i instanceof GraphQlObservationInstrumentation)).toList());
        assertThat(securityObservations.shouldObserveRequests()).isFalse();
        assertThat(securityObservations.shouldObserveAuthentications()).isFalse();
        assertThat(securityObservations.shouldObserveAuthorizations()).isFalse();
        assertThat(beans).hasAtLeastOneElementOfType(MaxQueryDepthInstrumentation.class)
                .hasAtLeastOneElementOfType(MaxQueryComplexityInstrumentation.class);
        assertThat(beans.stream().map(i -> i.getClass().getSimpleName()))
                .contains("DocumentLimits", "FieldAuthorization");
        assertThat(installed.beginFieldExecution(null, null)).isNull();
        assertThat(installed.beginFieldFetching(null, null)).isNull();
        assertThat(installed.beginFieldCompletion(null, null)).isNull();
        assertThat(installed.beginFieldListCompletion(null, null)).isNull();
        assertThat(installed.beginExecuteObject(null, null)).isNull();
    }

    @Test
    void aQueryDeeperThanTheLimitIsRefusedWhole() {
        String deep = "{ regions(first: 1) { edges { node { relations { node { ... on Region { relations { node {"
                + " ... on Region { relations { node { id } } } } } } } } } } } }";
        var response = graphql.post(deep, Map.of());
        assertThat(code(response)).isEqualTo("QUERY_TOO_DEEP");
        assertThat(response.path("data").isMissingNode() || response.path("data").isNull()).isTrue();
        assertThat(graphql.data("{ regions(first: 1) { edges { node { relations { node { id } } } } } }")
                .path("regions").path("edges").size()).isEqualTo(1);
    }

    @Test
    void limitsHoldForADocumentSentAgain() {
        // Parsed documents are cached by their text; the limits must not depend on whether this one was.
        String deep = "{ regions(first: 1) { edges { node { relations { node { ... on Region { relations { node {"
                + " ... on Region { relations { node { id } } } } } } } } } } } }";
        String aliases = "{ a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } }";
        String page = "{ regions(first: 51) { totalCount } }";
        // Depth and complexity are walked once per document, operation and @skip/@include values (PassedDocuments).
        String deepWhenAsked = "query($deep: Boolean!) { regions(first: 1) { edges { node { relations { node { ... on"
                + " Region { relations @include(if: $deep) { node { ... on Region { relations { node { id } } } } } }"
                + " } } } } } }";
        for (int i = 0; i < 3; i++) {
            assertThat(graphql.post(deepWhenAsked, Map.of("deep", false)).path("errors").isMissingNode()).isTrue();
            assertThat(code(graphql.post(deepWhenAsked, Map.of("deep", true)))).isEqualTo("QUERY_TOO_DEEP");
            assertThat(code(graphql.post(deep, Map.of()))).isEqualTo("QUERY_TOO_DEEP");
            assertThat(code(graphql.post(aliases, Map.of()))).isEqualTo("TOO_MANY_ALIASES");
            assertThat(code(graphql.post(page, Map.of()))).isEqualTo("BAD_USER_INPUT");
            assertThat(graphql.post("{ regions(first: 1) { nonsense } }", Map.of()).path("errors").path(0)
                    .path("extensions").path("classification").asString()).isEqualTo("ValidationError");
        }
    }

    @Test
    void anAnswerTooBigForOneTransactionIsRecognisedAsTooLarge() {
        // This context bounds one transaction at 128 MB; thirty million numbers in one list need more.
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(
                "UNWIND range(1, 30000000) AS x RETURN size(collect(x)) AS n", Map.of()));
        assertThat(refusal).isInstanceOf(org.neo4j.driver.exceptions.Neo4jException.class);
        assertThat(org.moneygraph.graph.GraphErrors.exceedsTransactionMemory(
                (org.neo4j.driver.exceptions.Neo4jException) refusal)).isTrue();
        Throwable other = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read("RETURN 1 / 0 AS n", Map.of()));
        assertThat(org.moneygraph.graph.GraphErrors.exceedsTransactionMemory(
                (org.neo4j.driver.exceptions.Neo4jException) other)).isFalse();
    }

    @Test
    void rowsReadOneByOneReachTheCallerAsTheDatabaseMakesThem() {
        // Sums over a province (fundSummary) read a million rows this way. If the rows were gathered before being
        // handed over, the division by zero at row 100000 would come before any row; streamed, every row before
        // it has arrived by then.
        java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> reader.readTransaction(reads -> {
            reads.each("UNWIND range(1, 200000) AS x RETURN x, 1 / (100000 - x) AS y", Map.of(), row -> {
                count.incrementAndGet();
                last.set((Long) row.get("x"));
            });
            return null;
        }));
        assertThat(failure).isInstanceOf(org.neo4j.driver.exceptions.ClientException.class);
        assertThat(count.get()).isGreaterThan(90_000L).isLessThan(100_000L);
        assertThat(last.get()).isEqualTo(count.get());
        long rows = reader.readTransaction(reads -> {
            java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
            reads.each("UNWIND range(1, 5000000) AS x RETURN x", Map.of(), row -> n.incrementAndGet());
            return n.get();
        });
        // Five million rows through a transaction bounded at 128 MB, which refuses them as one list.
        assertThat(rows).isEqualTo(5_000_000L);
        Throwable refusal = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(
                "UNWIND range(1, 5000000) AS x RETURN collect(x) AS xs", Map.of()));
        assertThat(org.moneygraph.graph.GraphErrors.exceedsTransactionMemory(
                (org.neo4j.driver.exceptions.Neo4jException) refusal)).isTrue();
    }

    @Test
    void aSearchStopsAtTheCapAndSaysItsTotalIsALowerBound() {
        // This context reads at most 5 best matches per full-text index; 镇 (town) occurs all over the seed.
        var capped = graphql.data("{ search(text: \"镇\", first: 50) { totalCount totalCountIsExact edges { cursor } } }")
                .path("search");
        assertThat(capped.path("totalCountIsExact").asBoolean()).isFalse();
        // Five entities and the nodes citing five quotes: the whole (short) answer fits on the page.
        assertThat(capped.path("totalCount").asInt()).isPositive().isLessThan(50).isEqualTo(capped.path("edges").size());
        // Under the cap the count is exact, down to nothing found.
        var exact = graphql.data("{ search(text: \"qqzzxx\", first: 50) { totalCount totalCountIsExact } }").path("search");
        assertThat(exact.path("totalCountIsExact").asBoolean()).isTrue();
        assertThat(exact.path("totalCount").asInt()).isZero();
    }

    @Test
    void aQueryOverTheComplexityLimitIsRefused() {
        StringBuilder query = new StringBuilder("{");
        for (String list : new String[] { "documents", "regions", "organizations", "campaigns", "projects", "indicators",
                "funds", "fundFlows", "policies", "problems", "pairings" }) {
            query.append(' ').append(list).append("(first: 1) { totalCount pageInfo { hasNextPage endCursor } ")
                    .append("edges { cursor node { id sources { quote start end } } } }");
        }
        var response = graphql.post(query.append(" }").toString(), Map.of());
        assertThat(code(response)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.path("errors").path(0).path("message").asString()).contains("at most 120");
    }

    @Test
    void moreAliasesOrOperationsThanAllowedAreRefused() {
        assertThat(graphql.data("{ a: me { name } b: me { name } c: me { name } d: me { name } }").size()).isEqualTo(4);
        assertThat(code(graphql.post("{ a: me { name } b: me { name } c: me { name } d: me { name } e: me { name } }",
                Map.of()))).isEqualTo("TOO_MANY_ALIASES");

        String three = "query A { me { name } } query B { me { name } } query C { me { name } }";
        Answer answer = post(null, tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(Map.of("query", three, "operationName", "A")));
        assertThat(answer.code()).isEqualTo("TOO_MANY_OPERATIONS");
    }

    @Test
    void pagesAreCappedAtTheConfiguredSize() {
        assertThat(graphql.data("{ regions(first: 50) { totalCount } }").path("regions").path("totalCount").asInt())
                .isPositive();
        for (String query : new String[] { "{ regions(first: 51) { totalCount } }",
                "{ search(text: \"镇\", first: 51) { totalCount } }" }) {
            var error = graphql.post(query, Map.of()).path("errors").path(0);
            assertThat(error.path("extensions").path("code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(error.path("extensions").path("field").asString()).isEqualTo("first");
            assertThat(error.path("message").asString()).contains("between 0 and 50");
        }
    }

    @Test
    void aBodyOverTheSizeLimitGets413BeforeParsing() throws Exception {
        String padded = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(
                Map.of("query", "{ __typename }", "variables", Map.of("pad", "x".repeat(30_000))));
        Answer declared = post(null, padded);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.code()).isEqualTo("REQUEST_TOO_LARGE");

        // Without a Content-Length (chunked), the body is counted as it arrives.
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> chunked = client.send(chunked(padded), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> small = client.send(chunked(query("{ __typename }")), HttpResponse.BodyHandlers.ofString());
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("\"__typename\":\"Query\"");
    }

    private HttpRequest chunked(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    }

    @Test
    void aDocumentOverTheParserTokenLimitIsNotParsed() {
        String query = "{" + " __typename".repeat(1600) + " }";
        var response = graphql.post(query, Map.of());
        assertThat(response.path("errors").path(0).path("message").asString()).contains("1,500 'grammar' tokens");
        assertThat(response.path("data").isMissingNode() || response.path("data").isNull()).isTrue();
    }

    @Test
    void brokenRequestsGetAnswersWithoutStackTracesOrInternals() {
        for (String body : new String[] { "{\"query\": ", "{\"query\": \"{ regions(first: \\\"x\\\") { totalCount } }\"}",
                "{\"query\": \"{ nosuchfield }\"}", "not json at all" }) {
            Answer answer = post(null, body);
            assertThat(answer.status()).as(body).isIn(200, 400);
            assertThat(answer.body()).as(body).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("org.neo4j").doesNotContain("org.springframework").doesNotContain("trace");
        }
    }
}
