package org.moneygraph.funding;

import java.util.Map;

/** A flow's period as written, served as the GraphQL {@code Period}. */
public record FlowPeriod(String text, Integer year) {

    static FlowPeriod of(Map<String, Object> props) {
        Object text = props.get("periodText");
        Object year = props.get("periodYear");
        return text == null ? null : new FlowPeriod(text.toString(), year == null ? null : ((Number) year).intValue());
    }
}
