package org.moneygraph.graph;

import org.springframework.graphql.execution.ErrorType;

/** Input a client can fix: reported as {@code BAD_USER_INPUT} with the offending argument. */
public final class InvalidInputException extends FieldException {

    public InvalidInputException(String field, String message) {
        super(field, "BAD_USER_INPUT", ErrorType.BAD_REQUEST, field + " " + message);
    }
}
