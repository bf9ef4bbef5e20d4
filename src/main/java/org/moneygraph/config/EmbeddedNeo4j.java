package org.moneygraph.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j DBMS running inside this JVM, reachable over Bolt on the loopback interface only, so the
 * application talks to it through the same driver it would use for a remote server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final Path home;
    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(Path home, DatabaseManagementService dbms, int boltPort) {
        this.home = home;
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties) {
        Path home = properties.home().toAbsolutePath().normalize();
        long started = System.nanoTime();
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // The defaults wait about ten seconds for Bolt clients on shutdown; a service restart should not.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500));
        if (!properties.transactionMemoryMax().isBlank()) {
            builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size,
                    ByteUnit.parse(properties.transactionMemoryMax()));
        }
        if (!properties.pagecacheMemory().isBlank()) {
            builder.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pagecacheMemory()));
        }
        DatabaseManagementService dbms;
        try {
            dbms = builder.build();
        }
        catch (RuntimeException ex) {
            if (isStoreLocked(ex)) {
                throw new DataFolderInUseException(home, ex);
            }
            throw ex;
        }
        int port = boltPort(dbms);
        log.info("Embedded Neo4j started in {} ms: data in {}, Bolt on 127.0.0.1:{}",
                Duration.ofNanos(System.nanoTime() - started).toMillis(), home, port);
        return new EmbeddedNeo4j(home, dbms, port);
    }

    private static int boltPort(DatabaseManagementService dbms) {
        var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        return system.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
    }

    private static boolean isStoreLocked(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.io.locker.FileLockException) {
                return true;
            }
        }
        return false;
    }

    public URI boltUri() {
        return URI.create("bolt://127.0.0.1:" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    /** The database of that name, or the default database when {@code name} is null. */
    public org.neo4j.graphdb.GraphDatabaseService database(String name) {
        return dbms.database(name == null ? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : name);
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        long started = System.nanoTime();
        dbms.shutdown();
        log.info("Embedded Neo4j stopped in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
