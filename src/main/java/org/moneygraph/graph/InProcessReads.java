package org.moneygraph.graph;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.internal.kernel.api.security.StaticAccessMode;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Read transactions inside the embedded database's own JVM, without Bolt. The same Cypher and parameters give
 * the same rows, converted to what the Java driver returns, in a transaction that may only read (like the
 * driver's read transactions) and has the same timeout. Every read skips the Bolt encoding, the network threads
 * and the driver's own work, which on small queries is a large part of a request. Writes keep the driver.
 */
final class InProcessReads {

    /** Reads only: a write in this transaction is refused, as in a driver read transaction on a server. */
    private static final SecurityContext READ_ONLY =
            SecurityContext.authDisabled(StaticAccessMode.READ, ClientConnectionInfo.EMBEDDED_CONNECTION, null);

    private final GraphDatabaseAPI database;
    private final long timeoutMillis;

    InProcessReads(GraphDatabaseService database, Duration timeout) {
        this.database = (GraphDatabaseAPI) database;
        this.timeoutMillis = timeout.toMillis();
    }

    <T> T read(Function<GraphReader.Reads, T> work) {
        try (InternalTransaction tx = database.beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY,
                ClientConnectionInfo.EMBEDDED_CONNECTION, timeoutMillis, TimeUnit.MILLISECONDS)) {
            T answer = work.apply(new GraphReader.Reads() {
                @Override
                public List<Map<String, Object>> run(String cypher, Map<String, Object> parameters) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    each(cypher, parameters, rows::add);
                    return rows;
                }

                @Override
                public void each(String cypher, Map<String, Object> parameters, Consumer<Map<String, Object>> row) {
                    rows(tx.execute(cypher, parameters), row);
                }
            });
            tx.commit();
            return answer;
        }
        catch (RuntimeException ex) {
            throw translate(ex);
        }
    }

    private static void rows(Result result, Consumer<Map<String, Object>> rows) {
        List<String> columns = result.columns();
        while (result.hasNext()) {
            Map<String, Object> row = result.next();
            Map<String, Object> converted = new LinkedHashMap<>();
            for (String column : columns) {
                converted.put(column, value(row.get(column)));
            }
            rows.accept(converted);
        }
    }

    /**
     * A value as the driver gives it: integers as {@code Long}, floats as {@code Double}, maps and lists copied
     * out of the transaction, list properties (arrays here) as lists. The reads return values, maps and lists,
     * never nodes or paths, whose objects would die with the transaction.
     */
    @SuppressWarnings("unchecked")
    static Object value(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double || value instanceof byte[] || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        // The embedded API hands each row's maps and lists out as fresh HashMaps and ArrayLists of this read's
        // own: they are converted where they lie. Copying them doubled what a trail of 25,000 hops allocates,
        // which under four clients showed as garbage collection.
        if (value instanceof HashMap<?, ?> fresh) {
            ((HashMap<Object, Object>) fresh).replaceAll((k, v) -> value(v));
            return fresh;
        }
        if (value instanceof ArrayList<?> fresh) {
            ((ArrayList<Object>) fresh).replaceAll(InProcessReads::value);
            return fresh;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put((String) k, value(v)));
            return converted;
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(v -> converted.add(value(v)));
            return converted;
        }
        if (value.getClass().isArray()) {
            // List properties come out of the embedded API as arrays.
            int length = Array.getLength(value);
            List<Object> converted = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                converted.add(value(Array.get(value, i)));
            }
            return converted;
        }
        if (value instanceof Entity || value instanceof Path) {
            throw new IllegalStateException("a read returned a " + value.getClass().getSimpleName()
                    + "; project its properties instead");
        }
        throw new IllegalStateException("a read returned a value of an unexpected type: " + value.getClass());
    }

    /**
     * The database's error as the driver would have raised it (same status code and message), so that what
     * handles driver errors (GraphErrors' TOO_LARGE, for one) handles these alike.
     */
    static RuntimeException translate(RuntimeException ex) {
        String code = null;
        for (Throwable t = ex; t != null && code == null; t = t.getCause()) {
            if (t instanceof Status.HasStatus status) {
                code = status.status().code().serialize();
            }
            else if (t instanceof QueryExecutionException query) {
                code = query.getStatusCode();
            }
        }
        if (code == null) {
            return ex;
        }
        String message = ex.getMessage();
        // The GQL status the driver gives an error without one of its own.
        String gqlStatus = "50N42";
        String description = "error: general processing exception - unexpected error";
        return code.startsWith("Neo.ClientError")
                ? new org.neo4j.driver.exceptions.ClientException(gqlStatus, description, code, message, Map.of(), ex)
                : code.startsWith("Neo.TransientError")
                        ? new org.neo4j.driver.exceptions.TransientException(gqlStatus, description, code, message, Map.of(), ex)
                        : new org.neo4j.driver.exceptions.DatabaseException(gqlStatus, description, code, message, Map.of(), ex);
    }
}
