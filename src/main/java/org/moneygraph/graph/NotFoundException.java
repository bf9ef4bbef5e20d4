package org.moneygraph.graph;

import org.springframework.graphql.execution.ErrorType;

/** A node the client named does not exist: reported as {@code NOT_FOUND} with the argument at fault. */
public final class NotFoundException extends FieldException {

    public NotFoundException(String field, String message) {
        super(field, "NOT_FOUND", ErrorType.NOT_FOUND, message);
    }
}
