package org.moneygraph.bundle;

import java.util.UUID;

/**
 * Who imports, under which batch: every {@code Change} an import writes carries these, so history can tell
 * one import from another and from single edits.
 *
 * @param batchId the import's ID, also the {@code ImportBatch} node's
 * @param actor   the user or token name, {@code system} for the seed
 */
public record ImportContext(String batchId, String actor) {

    /** Changes written by imports say so; single-entity mutations write their own {@code via}. */
    public static final String VIA = "import";

    public static ImportContext newBatch(String actor) {
        return new ImportContext("ImportBatch:" + UUID.randomUUID(), actor);
    }
}
