package org.moneygraph.graph;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request whose answer would be larger than this server gives in one response: reported as {@code TOO_LARGE}
 * with the argument to narrow, so the client asks for less (a page, a smaller depth) rather than retrying.
 */
public final class TooLargeException extends FieldException {

    public TooLargeException(String field, String message) {
        super(field, "TOO_LARGE", ErrorType.BAD_REQUEST, message);
    }
}
