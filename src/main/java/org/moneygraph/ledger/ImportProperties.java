package org.moneygraph.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of bulk imports.
 *
 * @param maxFileSize the largest ledger or bundle accepted; larger ones are refused before any reading
 * @param batchSize   rows written per statement inside the import's one transaction
 * @param reportLimit most errors and most created or changed items listed in a report (counts stay exact)
 */
@ConfigurationProperties("graph.import")
public record ImportProperties(
        @DefaultValue("50MB") DataSize maxFileSize,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1000") int reportLimit) {
}
