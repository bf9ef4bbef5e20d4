package org.moneygraph.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.util.ConcurrentLruCache;

/**
 * The filtered, sorted and paginated lists. Each list is one query that counts and pages in the same
 * round trip; a region filter includes everything below that region.
 */
@Controller
class ListController {

    /**
     * How a list reads its node label, its enum filter and the property that says "masked".
     *
     * @param namedByValue whether graph-schema holds a range index on (enum property, name) for the label, and
     *                     the label's name is required, so that index holds every node of a value
     */
    private record ListSpec(String label, String enumArgument, String enumProperty, String maskedProperty,
            boolean namedByValue) {

        ListSpec(String label, String enumArgument, String enumProperty, String maskedProperty) {
            this(label, enumArgument, enumProperty, maskedProperty, false);
        }
    }

    /**
     * The condition of each filter, by the parameter that holds its value. A list's statement names only the
     * filters the request gives: written as {@code $x IS NULL OR …} for all of them, every node up to the end of
     * the page paid for seven tests, which on a deep page of villages was a fifth of the statement.
     */
    private static final List<Map.Entry<String, String>> FILTERS = List.of(
            Map.entry("documentKey", "n.documentKey = $documentKey"),
            Map.entry("nameContains", "n.name CONTAINS $nameContains"),
            Map.entry("masked", "coalesce(n[$maskedProperty], false) = $masked"),
            Map.entry("enumValues", "n[$enumProperty] IN $enumValues"),
            Map.entry("categories", "n.category IN $categories"),
            Map.entry("campaign", "EXISTS { MATCH (n)-[:PART_OF*1..]->(:Campaign {id: $campaign}) }"),
            Map.entry("fund", "EXISTS { MATCH (n)-[:OF_FUND]->(:Fund {id: $fund}) }"));

    /** Every node of the label: the candidates of a list without a region filter. */
    private static final String ALL = "MATCH (n:%s)";

    /**
     * The nodes of the label with one of the enum values asked, through the property's index (graph-schema
     * V002) instead of reading every node of the label: a page of a province's villages reads the villages.
     */
    private static final String ALL_WITH_VALUES = "MATCH (n:%s) WHERE n.%s IN $enumValues";

    /**
     * The nodes of one enum value, in the page's order: the index on (value, name, id) (graph-schema V012) gives
     * them sorted, so a page by name skips its offset in the index and reads only its own nodes. On L a page of
     * the province's 20,000 villages read all of them before V011's (value, name) index, and with that index
     * still read and sorted the id of every village up to the page's end, for the tie-break. Sorting by the value
     * first changes nothing (it is the same for all) but lets the planner see that the index gives the order.
     * The index serves only a statement that tests every one of its properties, hence the id's test, which every
     * entity passes; and it is named, because the planner may take V011's (value, name) index instead (it did
     * for the seed's projects) and sort again.
     */
    static final String ONE_VALUE_BY_NAME = "MATCH (n:%1$s) USING INDEX n:%1$s(%2$s, name, id) "
            + "WHERE n.%2$s = $enumValues[0] AND n.name IS NOT NULL AND n.id IS NOT NULL";
    static final String ONE_VALUE_ORDER = "n.%2$s %1$s, n.name %1$s, n.id %1$s";

    /**
     * The candidates of a list filtered by region: walked down from the region (its subregions, then what
     * lies in them, flows to or from them, pairings, problems and their rectifications), so a county's list
     * reads that county's part of the graph instead of testing every node of the label.
     */
    private static final String IN_REGION = """
            MATCH (:Region {id: $region})<-[:WITHIN*0..]-(:Region)
                  <-[:IN_REGION|FROM|TO|HELPER|HELPED|CONCERNS|RECTIFIES|WITHIN*0..2]-(found:%s)
            WITH DISTINCT found AS n""";

    /**
     * Projects reach their region by IN_REGION alone (no other relationship of the walk above leaves a
     * project), so their list skips the flows, pairings and problems of the region, which on a large county are
     * most of its neighbourhood.
     */
    private static final String PROJECTS_IN_REGION = """
            MATCH (:Region {id: $region})<-[:WITHIN*0..]-(:Region)<-[:IN_REGION]-(found:Project)
            WITH DISTINCT found AS n""";

    private static final Map<String, String> ORDER = Map.of(
            "NAME", "n.name %1$s, n.id %1$s",
            "ID", "n.id %1$s",
            "DOCUMENT_ORDER", "n.documentKey %1$s, n.firstStart %1$s, n.id %1$s",
            "AMOUNT", "(n.amountNumber IS NULL), n.amountNumber %1$s, n.id %1$s");

    private final GraphReader reader;

    ListController(GraphReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    Connection<Map<String, Object>> documents(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Document", null, null, "masked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> regions(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Region", "levels", "level", "masked", true), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> organizations(@Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Organization", "kinds", "kind", "masked", true), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> campaigns(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Campaign", "kinds", "kind", "masked", true), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> projects(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Project", "statuses", "status", "masked", true), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> indicators(@Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Indicator", null, null, "actualMasked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> funds(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Fund", "sourceTypes", "sourceType", "masked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> fundFlows(@Argument Map<String, Object> filter,
            @Argument Map<String, Object> orderBy, @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("FundFlow", "flowTypes", "flowType", "amountMasked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> policies(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Policy", "kinds", "kind", "masked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> problems(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Problem", "foundBy", "foundBy", "masked"), filter, orderBy, first, after, env);
    }

    @QueryMapping
    Connection<Map<String, Object>> pairings(@Argument Map<String, Object> filter, @Argument Map<String, Object> orderBy,
            @Argument Integer first, @Argument String after,
            DataFetchingEnvironment env) {
        return list(new ListSpec("Pairing", "mechanisms", "mechanism", "masked"), filter, orderBy, first, after, env);
    }

    @SuppressWarnings("unchecked")
    private Connection<Map<String, Object>> list(ListSpec spec, Map<String, Object> filter, Map<String, Object> orderBy,
            Integer first, String after, DataFetchingEnvironment env) {
        Connection.Page page = Connection.page(first, after);
        Map<String, Object> f = filter == null ? Map.of() : filter;
        // Only the parameters the statement names: Neo4j converts and hashes the types of every parameter given
        // when it looks the statement's plan up, whether the statement reads it or not.
        Map<String, Object> params = new HashMap<>();
        given(params, "documentKey", documentKey(f.get("document")));
        given(params, "nameContains", f.get("nameContains"));
        if (given(params, "masked", f.get("masked"))) {
            params.put("maskedProperty", spec.maskedProperty());
        }
        if (spec.enumArgument() != null) {
            given(params, "enumValues", f.get(spec.enumArgument()));
        }
        given(params, "region", f.get("region"));
        given(params, "campaign", f.get("campaign"));
        given(params, "categories", f.get("categories"));
        given(params, "fund", f.get("fund"));
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        params.put("withSources", GraphReader.selects(env.getSelectionSet(), "sources"));
        String field = orderBy == null ? "NAME" : String.valueOf(orderBy.getOrDefault("field", "NAME"));
        String direction = orderBy != null && "DESC".equals(String.valueOf(orderBy.get("direction"))) ? "DESC" : "ASC";
        boolean inRegion = f.get("region") != null;
        if (inRegion && params.containsKey("enumValues")) {
            // Only the region's candidates test the value by a parameter; the label's name the property themselves.
            params.put("enumProperty", spec.enumProperty() == null ? "type" : spec.enumProperty());
        }
        boolean oneValueByName = !inRegion && spec.namedByValue() && "NAME".equals(field)
                && params.get("enumValues") instanceof List<?> values && values.size() == 1;
        // The relationship fields asked of each node of the page come in the same statement.
        Prefetch prefetch = Prefetch.of(env, "edges/node");
        NeighborLoader.RelationQuery neighbors = prefetch.query("ids");
        // Counting reads every match; a page that asks neither the total nor whether more follow skips it.
        boolean counted = GraphReader.selectsAt(env.getSelectionSet(), "totalCount")
                || GraphReader.selectsAt(env.getSelectionSet(), "pageInfo/hasNextPage");
        // The candidates of a list without a region already have one of the values asked (an index gives them).
        String cypher = STATEMENTS.get(new Shape(spec, inRegion, oneValueByName, params.containsKey("enumValues"),
                field, direction, filtersGiven(params, inRegion ? null : "enumValues"), counted, neighbors.body()));
        params.putAll(neighbors.parameters());
        Map<String, Object> row = reader.read(cypher, params).getFirst();
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) row.get("nodes");
        prefetch.prime(env, nodes, row.get(Prefetch.COLUMN));
        // Uncounted, the total is never read; what the page shows is a true lower bound.
        int total = counted ? ((Number) row.get("total")).intValue() : page.offset() + nodes.size();
        return Connection.of(nodes, page, total);
    }

    private static boolean given(Map<String, Object> params, String name, Object value) {
        if (value == null) {
            return false;
        }
        params.put(name, value);
        return true;
    }

    /**
     * What a list's statement is built from. The label, filters and sort clause come from this class's constants,
     * never from the request's text; the values stay parameters.
     */
    private record Shape(ListSpec spec, boolean inRegion, boolean oneValueByName, boolean withValues, String field,
            String direction, List<String> filters, boolean counted, String neighbors) {
    }

    /**
     * Statements built once per shape rather than per request, and handed to Neo4j as the same string, which its
     * plan cache hashes once and finds by identity: with the parameters cut to those named, 5-6 % less CPU per page
     * of regions (docs/performance.md, round twenty-two).
     */
    private static final ConcurrentLruCache<Shape, String> STATEMENTS =
            new ConcurrentLruCache<>(GraphReader.BUILT_STATEMENTS, ListController::statement);

    private static String statement(Shape shape) {
        ListSpec spec = shape.spec();
        String candidates = shape.inRegion()
                ? spec.label().equals("Project") ? PROJECTS_IN_REGION : IN_REGION.formatted(spec.label())
                : shape.oneValueByName() ? ONE_VALUE_BY_NAME.formatted(spec.label(), spec.enumProperty())
                : spec.enumProperty() != null && shape.withValues()
                        ? ALL_WITH_VALUES.formatted(spec.label(), spec.enumProperty())
                        : ALL.formatted(spec.label());
        String order = shape.oneValueByName() ? ONE_VALUE_ORDER.formatted(shape.direction(), spec.enumProperty())
                : ORDER.get(shape.field()).formatted(shape.direction());
        // Counted under a region, the matches are found once and kept as node references for both the count and
        // the page: the walk down the region's subtree is most of the work, and doing it twice doubled it. Other
        // lists count as they read, holding nothing, because their candidates come straight from an index.
        boolean walkOnce = shape.counted() && shape.inRegion();
        String matches = candidates + predicate(shape.filters());
        return """
                CALL () { %1$s }
                CALL (matched) {
                  %2$s
                  WITH n ORDER BY %3$s SKIP $offset LIMIT $limit
                  RETURN collect(%4$s) AS nodes
                }
                WITH total, nodes, [n IN nodes | n.id] AS ids
                %5$s
                RETURN total, nodes, %6$s""".formatted(
                walkOnce ? matches + " RETURN collect(n) AS matched, count(n) AS total"
                        // Counted before naming the null column, which as a grouping key would give no row when
                        // nothing matches.
                        : shape.counted() ? matches + " WITH count(n) AS total RETURN null AS matched, total"
                        : "RETURN null AS matched, null AS total",
                walkOnce ? "UNWIND matched AS n" : matches,
                order, GraphReader.entityIf("n"), shape.neighbors(), Prefetch.COLUMN);
    }

    /**
     * {@code WITH n WHERE} and the conditions of the filters given, or nothing when there are none. Which
     * conditions appear depends on which parameters are set, never on their values, which stay parameters.
     */
    static String predicate(List<String> filters) {
        List<String> conditions = FILTERS.stream().filter(e -> filters.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return conditions.isEmpty() ? "" : " WITH n WHERE " + String.join(" AND ", conditions);
    }

    /** The filters whose parameters are set, in {@link #FILTERS}' order, but {@code alreadyApplied}. */
    static List<String> filtersGiven(Map<String, Object> params, String alreadyApplied) {
        List<String> given = new ArrayList<>(FILTERS.size());
        for (Map.Entry<String, String> filter : FILTERS) {
            if (params.get(filter.getKey()) != null && !filter.getKey().equals(alreadyApplied)) {
                given.add(filter.getKey());
            }
        }
        return given;
    }

    private static String documentKey(Object documentId) {
        if (documentId == null) {
            return null;
        }
        String id = documentId.toString();
        if (!id.matches("Document:[0-9]{3}")) {
            throw new InvalidInputException("filter.document", "must be a document ID such as Document:000");
        }
        return id.substring("Document:".length());
    }
}
