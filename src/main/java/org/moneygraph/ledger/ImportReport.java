package org.moneygraph.ledger;

import java.util.List;

/**
 * What an import did, or in a dry run would do. Nothing was written unless {@code committed}.
 *
 * @param batchId        the import's ID, carried by every {@code Change} it wrote
 * @param fileName       the file or bundle name given
 * @param kind           {@code BUNDLE}, or the ledger kind
 * @param dryRun         the import was only tried and rolled back
 * @param committed      the import was written
 * @param documentId     the source document of the file
 * @param rows           data rows read (ledgers), entities in the bundle (bundles)
 * @param created        nodes created
 * @param changed        nodes whose properties or links changed
 * @param unchanged      nodes found as they were
 * @param rejected       rows (or bundle problems) rejected; any rejection means nothing was written
 * @param errors         the rejections, at most the configured report limit
 * @param errorsTruncated more rejections than listed
 * @param items          nodes created or changed, at most the configured report limit
 * @param millis         time taken
 */
public record ImportReport(String batchId, String fileName, String kind, boolean dryRun, boolean committed,
        String documentId, int rows, int created, int changed, int unchanged, int rejected, List<RowError> errors,
        boolean errorsTruncated, List<Item> items, long millis) {

    /**
     * One rejected row or file.
     *
     * @param row    the row number in the sheet (the header is row 1), or null for the whole file
     * @param column the column letter (A, B …), or for a bundle the path inside it, or null
     * @param header the column's header as written, or null
     * @param code   a stable code such as {@code UNKNOWN_REGION}
     */
    public record RowError(Integer row, String column, String header, String code, String message) {
        @Override
        public String toString() {
            return (row == null ? "file" : "row " + row) + (column == null ? "" : ", column " + column)
                    + (header == null ? "" : " (" + header + ")") + ": " + code + ": " + message;
        }
    }

    /** A node created or changed, with the row that stated it (null for bundles). */
    public record Item(Integer row, String id, String type, String action) {
    }

    public String outcome() {
        return committed ? "COMMITTED" : rejected > 0 ? "REJECTED" : "DRY_RUN";
    }
}
