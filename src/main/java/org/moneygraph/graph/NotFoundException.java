package org.moneygraph.graph;

/** A node the client named does not exist: reported as {@code NOT_FOUND} with the argument at fault. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
