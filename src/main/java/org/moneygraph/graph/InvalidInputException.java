package org.moneygraph.graph;

/** Input a client can fix: reported as {@code BAD_USER_INPUT} with the offending argument. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
