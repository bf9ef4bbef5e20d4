package org.moneygraph.ledger;

import java.util.List;
import java.util.Map;

/**
 * One valid ledger row as the node it becomes.
 *
 * @param row        its row number in the sheet
 * @param id         the node's ID, from the natural key
 * @param props      the properties the row sets (null values remove a property)
 * @param createOnly properties set only when the node is created
 * @param links      the relationships the row states; the ledger owns these types on its nodes
 * @param text       the row's text, the passage every fact of the row cites
 */
record LedgerRecord(int row, String id, String label, Map<String, Object> props, Map<String, Object> createOnly,
        List<Link> links, String text) {

    /** A relationship from ({@code out}) or to the row's node. */
    record Link(String type, boolean out, String target) {
        String describe() {
            return out ? type + "->" + target : type + "<-" + target;
        }
    }
}
