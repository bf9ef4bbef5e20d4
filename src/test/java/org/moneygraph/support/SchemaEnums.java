package org.moneygraph.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import org.neo4j.driver.Driver;

/**
 * The values stored in the properties that the schema answers as enums. A node type's field of enum type reads the
 * property of the same name; a value outside the enum fails every request that selects it ("Can't serialize
 * value"), so a loader or generator that writes one breaks the API for that node. Each (label, property) pair
 * found is checked; the answer lists what does not fit.
 */
public final class SchemaEnums {

    /** Enum fields that read a property of another name: every node's {@code type} property is its label. */
    private static final Map<String, String> PROPERTY_OF = Map.of("Responsibility.type", "responsibilityType");

    private SchemaEnums() {
    }

    /** A stored value that its enum does not have. */
    public record Misfit(String label, String property, String enumName, Object value, long nodes) {
    }

    /** The result of a check: the {@code Label.property} pairs that held values, and what did not fit. */
    public record Check(List<String> checked, List<Misfit> misfits) {
    }

    /** The pairs both the seed and a generated graph fill, so a check that finds none of them proves nothing. */
    public static final List<String> EXPECTED = List.of("Pairing.mechanism", "FundFlow.flowType", "Fund.sourceType",
            "Region.level", "Project.status", "Project.category", "Organization.kind", "Campaign.kind",
            "Responsibility.responsibilityType", "Document.kind");

    /** Fails unless every stored value fits its enum and every pair of {@link #EXPECTED} was looked at. */
    public static void assertAllFit(Driver driver, GraphQLSchema schema) {
        Check check = check(driver, schema);
        assertThat(check.misfits()).isEmpty();
        assertThat(check.checked()).containsAll(EXPECTED);
    }

    public static Check check(Driver driver, GraphQLSchema schema) {
        List<Misfit> misfits = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (GraphQLObjectType type : nodeTypes(schema)) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(field.getType());
                if (!(unwrapped instanceof GraphQLEnumType enumType)) {
                    continue;
                }
                List<String> allowed = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
                String property = PROPERTY_OF.getOrDefault(type.getName() + "." + field.getName(), field.getName());
                var records = driver.executableQuery("""
                        MATCH (n) WHERE $label IN labels(n) AND n[$property] IS NOT NULL
                        UNWIND CASE WHEN n[$property] IS :: LIST<ANY> THEN n[$property] ELSE [n[$property]] END AS value
                        RETURN value, count(*) AS nodes""")
                        .withParameters(Map.of("label", type.getName(), "property", property))
                        .execute().records();
                if (!records.isEmpty()) {
                    checked.add(type.getName() + "." + property);
                }
                for (var record : records) {
                    Object value = record.get("value").asObject();
                    if (!(value instanceof String text) || !allowed.contains(text)) {
                        misfits.add(new Misfit(type.getName(), property, enumType.getName(), value,
                                record.get("nodes").asLong()));
                    }
                }
            }
        }
        return new Check(checked, misfits);
    }

    private static Collection<GraphQLObjectType> nodeTypes(GraphQLSchema schema) {
        Map<String, GraphQLObjectType> types = new TreeMap<>();
        for (GraphQLObjectType type : schema.getImplementations(schema.getTypeAs("Node"))) {
            types.put(type.getName(), type);
        }
        return types.values();
    }
}
