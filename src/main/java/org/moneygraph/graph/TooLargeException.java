package org.moneygraph.graph;

/**
 * A request whose answer would be larger than this server gives in one response: reported as {@code TOO_LARGE}
 * with the argument to narrow, so the client asks for less (a page, a smaller depth) rather than retrying.
 */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
