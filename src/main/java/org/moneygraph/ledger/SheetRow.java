package org.moneygraph.ledger;

import java.util.List;

/**
 * One row of a ledger file as written: its row number in the sheet (the header is row 1) and its cells as text.
 */
record SheetRow(int number, List<String> cells) {

    String cell(int column) {
        return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }

    /** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
    static String columnLetter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
