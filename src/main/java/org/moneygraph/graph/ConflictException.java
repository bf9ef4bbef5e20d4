package org.moneygraph.graph;

import org.springframework.graphql.execution.ErrorType;

/**
 * The write lost a race or read stale data, such as an update whose expected version is no longer the
 * node's: reported as {@code CONFLICT} with the field at fault. The client reads again and retries.
 */
public final class ConflictException extends FieldException {

    public ConflictException(String field, String message) {
        super(field, "CONFLICT", ErrorType.BAD_REQUEST, message);
    }
}
