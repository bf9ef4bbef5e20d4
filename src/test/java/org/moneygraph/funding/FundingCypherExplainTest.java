package org.moneygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.moneygraph.support.QueryPlans;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Every Cypher constant of the money queries reaches its nodes through indexes, never by scanning a label. */
class FundingCypherExplainTest extends FundingSeedTests {

    @Autowired
    Driver driver;

    @Test
    void everyConstantIsExplainedInTheCatalog() throws IllegalAccessException {
        List<String> constants = new ArrayList<>();
        for (Class<?> queries : List.of(MoneyTrailQueries.class, ReconciliationQueries.class, FundSummaryQueries.class)) {
            for (Field field : queries.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) && !Modifier.isPrivate(modifiers) && field.getType() == String.class) {
                    constants.add((String) field.get(null));
                }
            }
        }
        Collection<String> explained = FundingCypherCatalog.examples().values().stream()
                .map(FundingCypherCatalog.Example::cypher).toList();
        assertThat(constants).hasSize(13);
        assertThat(explained).containsExactlyInAnyOrderElementsOf(constants);
    }

    @Test
    void everyQueryUsesIndexes() {
        FundingCypherCatalog.examples().forEach((name, example) ->
                QueryPlans.assertStartsFromAnIndex(driver, name, example.cypher(), example.parameters()));
    }
}
