package org.moneygraph.graph;

/** Parts of the list statements, for the plan tests of other packages. */
public final class ListStatements {

    private ListStatements() {
    }

    /** The part of a list's statement that reads a page of one enum value by name, as {@code ListController} joins it. */
    public static String oneValueByNamePage(String label, String property, String direction) {
        return ListController.ONE_VALUE_BY_NAME.formatted(label, property) + " WITH n ORDER BY "
                + ListController.ONE_VALUE_ORDER.formatted(direction, property)
                + " SKIP $offset LIMIT $limit RETURN n.id AS id";
    }
}
