package org.moneygraph.progress;

/** How an actual figure stands against its target; the GraphQL enum {@code TargetStatus}. */
enum TargetStatus {
    MET, BELOW_TARGET, NO_TARGET, NO_ACTUAL, MASKED, INCOMPARABLE
}
