package org.moneygraph.security;

/**
 * What a caller may do. Each role includes the ones before it: an auditor is also a viewer, an editor is a
 * viewer, an admin is everything.
 */
public enum Role {
    /** Reads the graph. */
    VIEWER,
    /** Reads, plus change history and reconciliation. */
    AUDITOR,
    /** Reads and writes: mutations and imports. */
    EDITOR,
    /** Everything, plus tokens and schema operations. */
    ADMIN;

    /** The Spring Security authority that grants this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
