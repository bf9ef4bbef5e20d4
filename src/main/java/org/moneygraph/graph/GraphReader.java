package org.moneygraph.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import graphql.schema.SelectedField;
import org.moneygraph.config.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs read queries in read transactions, so that on a cluster ({@code neo4j://}) they are routed to
 * followers and read replicas; on the embedded database they run in-process ({@link InProcessReads}). Counts
 * its round trips (statements), which tests use to prove batching.
 */
@Component
public class GraphReader {

    /**
     * How many statements each cache of built Cypher text keeps (the lists', the loader's, the prefetch's, the node
     * lookup's). Built once per shape, a statement reaches Neo4j as the same string, whose plan its cache finds by
     * identity; bounded, because the fields and filters a client asks choose the shape.
     */
    static final int BUILT_STATEMENTS = 256;

    /**
     * Projection of an entity with its sources: document, passage and quote. Kept in one place so every
     * query returns nodes of the same shape.
     */
    public static final String SOURCES = """
            COLLECT { MATCH (%1$s)-[:SOURCED_FROM]->(c:Citation)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
                      RETURN {quote: c.quote, start: c.start, end: c.end,
                              passage: p {.id, .index, .start, .end, .documentKey, .type},
                              document: d {.*}} AS source ORDER BY source.start }""";

    /** Projection of the sources of a relationship, from the citation IDs it carries. */
    public static String linkSources(String relationship) {
        return """
                COLLECT { MATCH (c:Citation)-[:IN_PASSAGE]->(p:Passage)<-[:HAS_PASSAGE]-(d:Document)
                          WHERE c.id IN coalesce(%1$s.citationIds, [])
                          RETURN {quote: c.quote, start: c.start, end: c.end,
                                  passage: p {.id, .index, .start, .end, .documentKey, .type},
                                  document: d {.*}} AS source ORDER BY source.start }""".formatted(relationship);
    }

    public static String entity(String variable) {
        return variable + " {.*, __sources: " + SOURCES.formatted(variable) + "}";
    }

    /**
     * Projection of an entity that reads its sources only when {@code flag} (a Cypher boolean, usually a
     * parameter) is true. Sources cost four hops per node, so the generic reads skip them unless the request
     * selects {@code sources}; a node read without them has no {@code __sources} key, and its {@code sources}
     * field then loads them itself.
     */
    public static String entityIf(String variable, String flag) {
        return "CASE WHEN " + flag + " THEN " + entity(variable) + " ELSE " + variable + " {.*} END";
    }

    /** {@link #entityIf(String, String)} on the {@code $withSources} parameter, set from {@link #selects}. */
    public static String entityIf(String variable) {
        return entityIf(variable, "$withSources");
    }

    /** Whether a field named {@code field} is selected anywhere under the current one. */
    public static boolean selects(graphql.schema.DataFetchingFieldSelectionSet selection, String field) {
        return selection != null && selection.getFields().stream().anyMatch(f -> f.getName().equals(field));
    }

    /**
     * Whether a field named {@code field} is selected under the current one other than at paths starting with
     * {@code elsewhere} (selection paths such as {@code "behind/sources"}): those are served by a loader of their
     * own, so the root read need not bring them.
     */
    public static boolean selectsOutside(graphql.schema.DataFetchingFieldSelectionSet selection, String field,
            String elsewhere) {
        return selection != null && selection.getFields().stream().anyMatch(f -> f.getName().equals(field)
                && !f.getQualifiedName().startsWith(elsewhere));
    }

    /**
     * Whether the nodes that any of {@code paths} (field names joined by {@code /}, such as
     * {@code "tiers/hops/flow"}) lead to have a field other than {@code id} (or {@code __typename}) selected:
     * when not, a read may project the IDs (and the {@code type} the type resolver needs) instead of whole nodes.
     */
    public static boolean selectsBeyondId(graphql.schema.DataFetchingFieldSelectionSet selection, String... paths) {
        for (String path : paths) {
            if (fieldsUnder(selection, path).stream()
                    .anyMatch(f -> !f.getName().equals("id") && !f.getName().equals("__typename"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fields selected right under {@code path} (field names joined by {@code /}, no wildcards; {@code ""} for
     * the current field), on every type and under every alias they are selected with: what graphql-java's
     * {@code getFields(path + "/*")} gives. Its glob is compiled into a regular expression on every call; this
     * compares the qualified names of the selection's fields, which graphql-java computes once per selection.
     */
    public static List<SelectedField> fieldsUnder(graphql.schema.DataFetchingFieldSelectionSet selection, String path) {
        if (selection == null) {
            return List.of();
        }
        if (path.isEmpty()) {
            return selection.getImmediateFields();
        }
        String prefix = path + "/";
        List<SelectedField> under = new ArrayList<>();
        for (SelectedField field : selection.getFields()) {
            String name = field.getQualifiedName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
                under.add(field);
            }
        }
        return under;
    }

    /**
     * Whether the field at {@code path} is selected: field names joined by {@code /}, where a segment {@code *}
     * stands for any one field name (a path of {@code rows}, {@code *} and {@code flows} matches {@code flows} under
     * any field under {@code rows}). What graphql-java's {@code contains(glob)} gives for such paths, without
     * compiling a regular expression on every call.
     */
    public static boolean selectsAt(graphql.schema.DataFetchingFieldSelectionSet selection, String path) {
        if (selection == null) {
            return false;
        }
        if (path.indexOf('*') < 0) {
            return selection.getFields().stream().anyMatch(f -> f.getQualifiedName().equals(path));
        }
        String[] wanted = path.split("/", -1);
        return selection.getFields().stream().anyMatch(f -> matches(f.getQualifiedName().split("/", -1), wanted));
    }

    private static boolean matches(String[] names, String[] wanted) {
        if (names.length != wanted.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!wanted[i].equals("*") && !wanted[i].equals(names[i])) {
                return false;
            }
        }
        return true;
    }

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final java.util.concurrent.atomic.AtomicLong roundTrips = new java.util.concurrent.atomic.AtomicLong();

    private final TransactionConfig transactionConfig;

    /** Reads inside the embedded database, when it runs in this JVM and in-process reads are on; else null. */
    private final InProcessReads inProcess;

    public GraphReader(Driver driver, DatabaseSelectionProvider databases,
            @Value("${graph.neo4j.transaction-timeout:30s}") Duration transactionTimeout,
            ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${graph.embedded.in-process-reads:true}") boolean inProcessReads) {
        this.driver = driver;
        this.databases = databases;
        this.transactionConfig = TransactionConfig.builder().withTimeout(transactionTimeout).build();
        EmbeddedNeo4j database = inProcessReads ? embedded.getIfAvailable() : null;
        this.inProcess = database == null ? null
                : new InProcessReads(database.database(databases.getDatabaseSelection().getValue()), transactionTimeout);
    }

    public List<Map<String, Object>> read(String cypher, Map<String, Object> parameters) {
        return readTransaction(reads -> reads.run(cypher, parameters));
    }

    /** Runs the queries of a {@link #readTransaction} unit of work. */
    public interface Reads {

        /** All rows of one query. */
        List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

        /**
         * The rows of one query, each handed over as it comes, so that an answer of a million rows is never held
         * whole, neither by the database nor here.
         */
        void each(String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row);
    }

    /**
     * Runs several dependent queries (one per tier of a traversal, say) in one read transaction, so they
     * see one snapshot of the graph. Each query is a round trip and is counted as one.
     */
    public <T> T readTransaction(java.util.function.Function<Reads, T> work) {
        if (inProcess != null) {
            return inProcess.read(reads -> work.apply(counted(reads)));
        }
        try (Session session = session()) {
            return session.executeRead(tx -> work.apply(counted(new Reads() {
                @Override
                public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
                    return tx.run(cypher, parameters).list(r -> r.asMap());
                }

                @Override
                public void each(String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
                    tx.run(cypher, parameters).forEachRemaining(r -> row.accept(r.asMap()));
                }
            })), transactionConfig);
        }
    }

    private Reads counted(Reads reads) {
        return new Reads() {
            @Override
            public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
                roundTrips.incrementAndGet();
                return reads.run(cypher, parameters);
            }

            @Override
            public void each(String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
                roundTrips.incrementAndGet();
                reads.each(cypher, parameters, row);
            }
        };
    }

    public long roundTrips() {
        return roundTrips.get();
    }

    private Session session() {
        return Sessions.open(driver, databases);
    }
}
