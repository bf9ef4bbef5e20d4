package org.moneygraph.config;

import java.nio.file.Path;

/** The embedded database's data folder is locked by another process or application context. */
public class DataFolderInUseException extends RuntimeException {

    private final Path home;

    public DataFolderInUseException(Path home, Throwable cause) {
        super("The Neo4j data folder " + home + " is in use by another process.", cause);
        this.home = home;
    }

    public Path home() {
        return home;
    }
}
