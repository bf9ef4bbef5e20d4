package org.moneygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which filter conditions a list's statement names; what they select is covered by the list tests on the seed. */
class ListPredicateTest {

    private static String predicate(Map<String, Object> params, String alreadyApplied) {
        return ListController.predicate(ListController.filtersGiven(params, alreadyApplied));
    }

    @Test
    void aListWithoutFiltersTestsNothing() {
        Map<String, Object> params = new HashMap<>();
        params.put("documentKey", null);
        params.put("maskedProperty", "masked");
        params.put("enumProperty", "level");
        assertThat(predicate(params, "enumValues")).isEmpty();
    }

    @Test
    void onlyTheFiltersGivenAreTestedAndTheirValuesStayParameters() {
        Map<String, Object> params = new HashMap<>();
        params.put("nameContains", "') OR true //");
        params.put("masked", false);
        params.put("enumValues", List.of("COUNTY"));
        params.put("fund", "Fund:1");
        String predicate = predicate(params, null);
        assertThat(predicate).isEqualTo(" WITH n WHERE n.name CONTAINS $nameContains"
                + " AND coalesce(n[$maskedProperty], false) = $masked AND n[$enumProperty] IN $enumValues"
                + " AND EXISTS { MATCH (n)-[:OF_FUND]->(:Fund {id: $fund}) }");
        assertThat(predicate).doesNotContain("OR true").doesNotContain("COUNTY").doesNotContain("Fund:1");
    }

    @Test
    void valuesAnIndexAlreadyAppliedAreNotTestedAgain() {
        Map<String, Object> params = new HashMap<>();
        params.put("enumValues", List.of("VILLAGE"));
        assertThat(predicate(params, "enumValues")).isEmpty();
        params.put("categories", List.of("x"));
        assertThat(predicate(params, "enumValues")).isEqualTo(" WITH n WHERE n.category IN $categories");
    }
}
