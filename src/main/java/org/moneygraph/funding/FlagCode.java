package org.moneygraph.funding;

/** What a reconciliation flag reports. */
public enum FlagCode {
    OVER_ALLOCATION, NO_DOWNSTREAM_USE, UNFUNDED_PROJECT, MASKED_AMOUNT
}
