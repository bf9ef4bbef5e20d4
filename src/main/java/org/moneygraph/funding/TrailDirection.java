package org.moneygraph.funding;

/** Which way a money trail runs: where the money went, or where it came from. */
public enum TrailDirection {
    DOWNSTREAM, UPSTREAM
}
