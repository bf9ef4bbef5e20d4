package org.moneygraph.bundle;

import java.util.List;

/** A bundle breaks the format; every problem is listed with where it is, and nothing was written. */
public class BundleValidationException extends RuntimeException {

    /** One problem: the bundle, the path inside it ({@code projects/000-s216.progress[0]}) and what is wrong. */
    public record Problem(String bundle, String path, String message) {
        @Override
        public String toString() {
            return bundle + ": " + path + ": " + message;
        }
    }

    private final List<Problem> problems;

    public BundleValidationException(List<Problem> problems) {
        super(problems.size() + " problem(s) in graph bundles; first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
