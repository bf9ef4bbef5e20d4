package org.moneygraph.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.moneygraph.support.ServiceTest;
import org.moneygraph.support.TestDatabases;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * Base of the targetProgress tests on the seeded embedded database. The subclasses share this one
 * application context and ask through GraphQL over HTTP, as a client would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProgressSeedTest extends ServiceTest {

    static final String QUANTITY = "{ text value unit qualifier masked asOf }";
    static final String SOURCES = "sources { quote document { id } }";
    static final String ACCOUNTABLE = "accountable { link holderTitle unit { id name } via { id } responsibility { id type typeText } "
            + SOURCES + " }";

    /** Every part of the answer the tests look at. */
    static final String TARGET_PROGRESS = """
            query($scope: ID, $behindOnly: Boolean) {
              targetProgress(scope: $scope, behindOnly: $behindOnly) {
                scope { id }
                indicators { indicator { id name } status actual %1$s target %1$s baseline %1$s progressRatio
                             period { text year } %2$s }
                projects { project { id name } status behind
                           items { item status progressRatio actual { id quantity %1$s %3$s } target { id quantity %1$s %3$s } }
                           lateMilestones { id name status due { text } expected { text } %3$s } %2$s }
                rectifications { rectification { id name status } problem { id name status count %1$s }
                                 total %1$s totalBasis completed %1$s remaining %1$s completionRatio behind %2$s }
                openProblems { id name status }
                behind { reason node { id } project { id name } item actual %1$s target %1$s ratio
                         due { text } expected { text } %2$s %3$s }
                summary { indicators indicatorStatuses { status count } projects behindProjects rectifications
                          openProblems behindReasons { reason count } }
              }
            }""".formatted(QUANTITY, ACCOUNTABLE, SOURCES);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabases.embedded(registry, ProgressSeedTest.class);
    }

    JsonNode progress(String scope, boolean behindOnly) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("scope", scope);
        variables.put("behindOnly", behindOnly);
        return graphql.data(TARGET_PROGRESS, variables).path("targetProgress");
    }

    static JsonNode only(JsonNode list, Predicate<JsonNode> which) {
        List<JsonNode> found = new ArrayList<>();
        list.forEach(n -> {
            if (which.test(n)) {
                found.add(n);
            }
        });
        assertThat(found).as("exactly one match in %s", list).hasSize(1);
        return found.getFirst();
    }

    static Predicate<JsonNode> at(String path, String value) {
        return n -> {
            JsonNode here = n;
            for (String part : path.split("\\.")) {
                here = here.path(part);
            }
            return here.asString("").equals(value);
        };
    }

    static List<String> quotes(JsonNode withSources) {
        List<String> quotes = new ArrayList<>();
        withSources.path("sources").forEach(s -> quotes.add(s.path("quote").asString()));
        return quotes;
    }

    static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(n -> values.add(n.path(field).asString()));
        return values;
    }
}
