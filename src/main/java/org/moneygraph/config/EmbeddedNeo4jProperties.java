package org.moneygraph.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process database that runs when no external Neo4j is configured.
 *
 * @param home           the data folder; it survives restarts
 * @param boltPort       the loopback Bolt port, 0 for any free port
 * @param pagecacheMemory page cache size such as {@code 256m}; empty lets Neo4j choose
 * @param transactionTimeout the database's own upper bound for any transaction
 * @param transactionMemoryMax most memory one transaction may hold, such as {@code 512m}; empty keeps Neo4j's
 *                           bound for all transactions together (70 % of the heap)
 */
@ConfigurationProperties("graph.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("./data/neo4j") Path home,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("") String pagecacheMemory,
        @DefaultValue("60s") java.time.Duration transactionTimeout,
        @DefaultValue("") String transactionMemoryMax) {
}
