package org.moneygraph.progress;

import java.util.List;
import java.util.Map;

/**
 * A unit or post that answers for an item, how it is linked and where that link is stated. Nodes are the
 * property maps of {@code GraphReader.entity}, so clients can select any of their fields.
 */
record AccountableUnit(Map<String, Object> unit, String holderTitle, Link link, Map<String, Object> via,
        Map<String, Object> responsibility, List<Object> sources) {

    /** The GraphQL enum {@code AccountableUnitLink}. */
    enum Link {
        LEAD_UNIT, PARTICIPATING_UNIT, CAMPAIGN_LEADING_BODY, CAMPAIGN_HEADQUARTERS, RESPONSIBILITY, ASSIGNED_UNIT
    }

    /** A link of the query's rows, found through the node {@code via}. */
    @SuppressWarnings("unchecked")
    static AccountableUnit of(Map<String, Object> row, Map<String, Object> via) {
        return new AccountableUnit((Map<String, Object>) row.get("unit"), (String) row.get("holderTitle"),
                Link.valueOf((String) row.get("link")), via, (Map<String, Object>) row.get("responsibility"),
                (List<Object>) row.get("sources"));
    }

    /** The same unit linked the same way through the same node counts once. */
    String identity() {
        return id(unit) + "|" + holderTitle + "|" + link + "|" + id(via) + "|" + id(responsibility);
    }

    private static Object id(Map<String, Object> node) {
        return node == null ? null : node.get("id");
    }
}
