package org.moneygraph.ledger;

import java.util.List;

/**
 * The two kinds of ledger an office keeps, each with its columns. A column's header is matched after trimming,
 * with full-width parentheses read as ASCII and a leading {@code *} (the offices' mark for "required") ignored.
 */
public enum LedgerKind {

    /** 项目台账: one row per project, keyed by 项目编号. */
    PROJECTS("项目台账", "Project", List.of(
            new LedgerColumn("项目编号", LedgerField.CODE, true),
            new LedgerColumn("项目名称", LedgerField.NAME, true),
            new LedgerColumn("所属区域", LedgerField.REGION, true),
            new LedgerColumn("项目类别", LedgerField.CATEGORY, false),
            new LedgerColumn("建设状态", LedgerField.STATUS, true),
            new LedgerColumn("总投资", LedgerField.INVESTMENT, false),
            new LedgerColumn("牵头单位", LedgerField.LEAD_UNIT, false),
            new LedgerColumn("所属攻坚战", LedgerField.CAMPAIGN, false),
            new LedgerColumn("建设内容", LedgerField.DESCRIPTION, false),
            new LedgerColumn("备注", LedgerField.NOTE, false))),

    /** 资金台账: one row per flow of money, keyed by 流水号. */
    FLOWS("资金台账", "FundFlow", List.of(
            new LedgerColumn("流水号", LedgerField.CODE, true),
            new LedgerColumn("资金名称", LedgerField.FUND, true),
            new LedgerColumn("拨付方", LedgerField.FROM, false),
            new LedgerColumn("接收方", LedgerField.TO, true),
            new LedgerColumn("流向类型", LedgerField.FLOW_TYPE, true),
            new LedgerColumn("金额", LedgerField.AMOUNT, true),
            new LedgerColumn("期间", LedgerField.PERIOD, false),
            new LedgerColumn("年度", LedgerField.YEAR, false),
            new LedgerColumn("用途", LedgerField.PURPOSE, false),
            new LedgerColumn("备注", LedgerField.NOTE, false)));

    private final String chinese;
    private final String label;
    private final List<LedgerColumn> columns;

    LedgerKind(String chinese, String label, List<LedgerColumn> columns) {
        this.chinese = chinese;
        this.label = label;
        this.columns = columns;
    }

    public String chinese() {
        return chinese;
    }

    /** The label of the node each row becomes. */
    public String label() {
        return label;
    }

    public List<LedgerColumn> columns() {
        return columns;
    }

    /** The header of the natural-key column. */
    public String keyHeader() {
        return columns.getFirst().header();
    }

    /** The kind whose key column is among the headers, or null. */
    public static LedgerKind detect(List<String> headers) {
        for (LedgerKind kind : values()) {
            if (headers.stream().map(LedgerColumn::baseHeader).anyMatch(kind.keyHeader()::equals)) {
                return kind;
            }
        }
        return null;
    }
}
