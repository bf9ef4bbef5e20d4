package org.moneygraph.editing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.moneygraph.graph.ConflictException;
import org.moneygraph.graph.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Runs one mutation as one write transaction: every check and every write of a request commit together or
 * not at all, because a thrown error rolls the whole transaction back.
 */
@Component
class WriteTransactions {

    /** The queries of one write transaction, with results as plain maps. */
    interface Tx {
        List<Map<String, Object>> run(String cypher, Map<String, Object> parameters);

        default Map<String, Object> one(String cypher, Map<String, Object> parameters) {
            List<Map<String, Object>> rows = run(cypher, parameters);
            return rows.isEmpty() ? null : rows.getFirst();
        }
    }

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final TransactionConfig config;

    WriteTransactions(Driver driver, DatabaseSelectionProvider databases,
            @Value("${graph.neo4j.transaction-timeout:30s}") Duration timeout) {
        this.driver = driver;
        this.databases = databases;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    <T> T write(Function<Tx, T> work) {
        try (Session session = Sessions.open(driver, databases)) {
            return session.executeWrite((TransactionContext tx) -> work.apply(
                    (cypher, parameters) -> tx.run(cypher, parameters).list(r -> r.asMap())), config);
        }
        catch (ClientException ex) {
            // Two creates of one key race past the existence check; the uniqueness constraint stops the second.
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(ex.code())) {
                throw new ConflictException("input.key", "a node with this ID was created meanwhile (节点已存在)");
            }
            throw ex;
        }
    }
}
