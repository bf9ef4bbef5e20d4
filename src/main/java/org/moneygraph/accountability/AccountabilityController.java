package org.moneygraph.accountability;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Leaders' questions: who answers for this, and what does this unit answer for. */
@Controller
class AccountabilityController {

    private final ChainRepository chains;
    private final ResponsibilityRepository responsibilities;

    AccountabilityController(ChainRepository chains, ResponsibilityRepository responsibilities) {
        this.chains = chains;
        this.responsibilities = responsibilities;
    }

    @QueryMapping
    AccountabilityChain accountabilityChain(@Argument String subject, DataFetchingFieldSelectionSet selection) {
        Map<String, Object> row = chains.upward(subject, GraphReader.selects(selection, "sources"));
        if (row == null) {
            throw new NotFoundException("subject", "No node has the ID " + subject + " (节点不存在)");
        }
        return AccountabilityChain.from(row);
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    ResponsibilityReport responsibilities(@Argument String of, @Argument Boolean includeIndirect,
            @Argument List<String> types, @Argument Boolean attentionOnly, @Argument Integer first,
            @Argument String after) {
        Connection.Page page = Connection.page(first, after);
        Map<String, Object> row = responsibilities.answeredFor(ResponsibilityRepository.parameters(of,
                includeIndirect == null || includeIndirect, types, Boolean.TRUE.equals(attentionOnly),
                page.offset(), page.limit()));
        if (row == null) {
            throw new NotFoundException("of", "No node has the ID " + of + " (节点不存在)");
        }
        if (!"Organization".equals(row.get("type"))) {
            throw new InvalidInputException("of", "must be an organization: a unit or body answers for things, not a "
                    + row.get("type") + " (须为组织单位)");
        }
        List<ResponsibilityReport.Item> items = ((List<Map<String, Object>>) row.get("page")).stream()
                .map(ResponsibilityReport::item).toList();
        List<ResponsibilityReport.TypeCount> byType = ((List<Map<String, Object>>) row.get("byType")).stream()
                .map(c -> new ResponsibilityReport.TypeCount((String) c.get("type"), ((Number) c.get("count")).intValue()))
                .toList();
        int total = ((Number) row.get("total")).intValue();
        return new ResponsibilityReport((Map<String, Object>) row.get("of"), total,
                ((Number) row.get("direct")).intValue(), ((Number) row.get("behind")).intValue(),
                ((Number) row.get("openProblems")).intValue(), byType, Connection.of(items, page, total));
    }
}
