package org.moneygraph.graph;

/**
 * The write lost a race or read stale data, such as an update whose expected version is no longer the
 * node's: reported as {@code CONFLICT} with the field at fault. The client reads again and retries.
 */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
