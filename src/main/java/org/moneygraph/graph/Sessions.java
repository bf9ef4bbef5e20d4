package org.moneygraph.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/** Opens driver sessions on the configured database (NEO4J_DATABASE), or the server's default when none is set. */
public final class Sessions {

    private Sessions() {
    }

    public static Session open(Driver driver, DatabaseSelectionProvider databases) {
        String database = databases.getDatabaseSelection().getValue();
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }
}
