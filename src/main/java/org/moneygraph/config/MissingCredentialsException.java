package org.moneygraph.config;

/** The {@code prod} profile was started with no way for anyone to sign in. */
public class MissingCredentialsException extends RuntimeException {

    public MissingCredentialsException(String message) {
        super(message);
    }
}
