package org.moneygraph.editing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Change history of one node, newest first, for auditors; found by ID even after the node is gone. */
@Controller
class HistoryController {

    private static final String HISTORY = """
            MATCH (c:Change) WHERE c.targetId = $of
              AND ($actor IS NULL OR c.actor = $actor)
              AND ($operations IS NULL OR c.operation IN $operations)
              AND ($since IS NULL OR c.at >= datetime($since))
              AND ($until IS NULL OR c.at < datetime($until))
            WITH c ORDER BY c.at DESC, c.id DESC
            WITH collect(c) AS changes
            RETURN size(changes) AS total,
                   [c IN changes[$offset..$offset + $limit] | %s] AS page""".formatted(ChangeLog.PROJECTION);

    private final GraphReader reader;

    HistoryController(GraphReader reader) {
        this.reader = reader;
    }

    @QueryMapping
    @SuppressWarnings("unchecked")
    Connection<Map<String, Object>> history(@Argument String of, @Argument String actor,
            @Argument List<String> operations, @Argument String since, @Argument String until, @Argument Integer first,
            @Argument String after) {
        Actor.current().require(Role.AUDITOR);
        Connection.Page page = Connection.page(first, after);
        Map<String, Object> params = new HashMap<>();
        params.put("of", of);
        params.put("actor", actor);
        params.put("operations", operations);
        params.put("since", instant("since", since));
        params.put("until", instant("until", until));
        params.put("offset", page.offset());
        params.put("limit", page.limit());
        Map<String, Object> row = reader.read(HISTORY, params).getFirst();
        return Connection.of((List<Map<String, Object>>) row.get("page"), page, ((Number) row.get("total")).intValue());
    }

    /** An ISO-8601 date-time with offset, or a date meaning its start in UTC. */
    private static String instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toString();
        }
        catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC).toString();
            }
            catch (DateTimeParseException notDate) {
                throw new InvalidInputException(field, "'" + value
                        + "' is not an ISO-8601 time such as 2026-11-23T12:00:00Z or a date such as 2026-11-23 (时间格式)");
            }
        }
    }
}
