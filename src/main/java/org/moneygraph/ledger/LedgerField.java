package org.moneygraph.ledger;

/** What a ledger column holds; amounts may carry their unit in the header, such as {@code 总投资(万元)}. */
enum LedgerField {
    CODE, NAME, REGION, CATEGORY, STATUS, INVESTMENT, LEAD_UNIT, CAMPAIGN, DESCRIPTION, NOTE,
    FUND, FROM, TO, FLOW_TYPE, AMOUNT, PERIOD, YEAR, PURPOSE;

    boolean isAmount() {
        return this == INVESTMENT || this == AMOUNT;
    }
}
