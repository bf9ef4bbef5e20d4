package org.moneygraph.security;

/**
 * The caller may not do this: reported as {@code UNAUTHENTICATED} when nobody is signed in, else as
 * {@code FORBIDDEN}, with the field or argument at fault when there is one.
 */
public class AccessDeniedException extends RuntimeException {

    private final boolean unauthenticated;
    private final String field;

    public AccessDeniedException(boolean unauthenticated, String message) {
        this(unauthenticated, null, message);
    }

    public AccessDeniedException(boolean unauthenticated, String field, String message) {
        super(message);
        this.unauthenticated = unauthenticated;
        this.field = field;
    }

    public boolean unauthenticated() {
        return unauthenticated;
    }

    /** The argument or input field that asked for something out of reach, or null. */
    public String field() {
        return field;
    }
}
