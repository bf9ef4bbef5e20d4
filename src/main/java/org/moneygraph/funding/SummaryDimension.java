package org.moneygraph.funding;

/** What a fund summary can group flows by. */
public enum SummaryDimension {
    SOURCE_TYPE, REGION, CAMPAIGN, YEAR, FLOW_TYPE
}
