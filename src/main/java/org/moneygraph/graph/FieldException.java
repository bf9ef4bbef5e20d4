package org.moneygraph.graph;

import org.springframework.graphql.execution.ErrorType;

/**
 * A request the client can act on, blamed on one argument or field: {@link GraphErrors} reports it with its
 * {@code extensions.code} and {@code extensions.field}. Sealed, so that every such code is one of these and
 * reaches the client the same way.
 */
public abstract sealed class FieldException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, TooLargeException {

    private final String field;
    private final String code;
    private final ErrorType errorType;

    FieldException(String field, String code, ErrorType errorType, String message) {
        super(message);
        this.field = field;
        this.code = code;
        this.errorType = errorType;
    }

    /** The argument or field at fault, such as {@code maxDepth} or {@code filter.document}. */
    public String field() {
        return field;
    }

    /** The {@code extensions.code} the client sees, such as {@code BAD_USER_INPUT}. */
    public String code() {
        return code;
    }

    ErrorType errorType() {
        return errorType;
    }
}
