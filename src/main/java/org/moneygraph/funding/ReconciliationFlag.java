package org.moneygraph.funding;

import java.util.List;
import java.util.Map;

/** Something an auditor should look at, with the figures that raised it and where they were stated. */
public record ReconciliationFlag(FlagCode code, Map<String, Object> node, String message, List<FlagFigure> figures,
        List<Map<String, Object>> flows, List<Map<String, Object>> sources) {
}
