package org.moneygraph.config;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Logging;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

    /** An empty {@code NEO4J_DATABASE} means the server's default database, as the driver would choose. */
    @Bean
    DatabaseSelectionProvider databaseSelectionProvider(@Value("${graph.neo4j.database:}") String database) {
        return StringUtils.hasText(database)
                ? () -> DatabaseSelection.byName(database)
                : DatabaseSelectionProvider.getDefaultSelectionProvider();
    }

    /**
     * The driver logs through SLF4J, which asks the level before it formats. Its default, the
     * {@code System.Logger} bridge of driver 6.1, formats every debug line whatever the level: each outgoing
     * {@code RUN} message, parameters and all, became a string that was thrown away, which cost a bulk import
     * about a tenth of its time. The {@code Logging} API is deprecated but is the only switch the driver offers.
     */
    @Bean
    @SuppressWarnings("deprecation")
    ConfigBuilderCustomizer driverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jProperties properties) {
            return EmbeddedNeo4j.start(properties);
        }

        @Bean
        Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j embedded) {
            return new Neo4jConnectionDetails() {
                @Override
                public URI getUri() {
                    return embedded.boltUri();
                }

                @Override
                public AuthToken getAuthToken() {
                    return AuthTokens.none();
                }
            };
        }
    }
}
