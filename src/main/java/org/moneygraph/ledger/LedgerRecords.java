package org.moneygraph.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.moneygraph.graph.Quantity;
import org.moneygraph.ledger.ImportReport.RowError;

/**
 * Reads ledger rows against the header: checks every cell, resolves what it names, and turns a valid row into
 * a {@link LedgerRecord}. A row with any problem yields its errors instead, each with row, column and reason.
 */
final class LedgerRecords {

    static final String PROJECT_PREFIX = "Project:ledger-";
    static final String FLOW_PREFIX = "FundFlow:ledger-";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    // A figure without its own unit, possibly masked or qualified: 1200, 约1200, 2x0, 1200余.
    private static final Pattern UNITLESS = Pattern.compile("(超过|约|近|超|累计|预计|共|达)?([0-9.xX*]+)(以上|余|多|左右)?");

    private static final Map<String, String> STATUSES = words(
            "PLANNED", "计划,谋划,拟建,储备",
            "PREPARING", "前期,筹备,前期工作",
            "UNDER_CONSTRUCTION", "在建,建设中,施工中,续建,新开工,开工",
            "COMPLETED", "已完工,完工,竣工,建成,已建成",
            "STALLED", "停工,停滞,暂停,缓建",
            "UNKNOWN", "未知,不详");
    private static final Map<String, String> CATEGORIES = words(
            "TRANSPORT", "交通", "URBAN_RENEWAL", "城市更新,城镇更新", "WATER_SANITATION", "水利,供排水,污水处理",
            "INDUSTRY", "产业,工业", "AGRICULTURE", "农业", "TOURISM_CULTURE", "文旅,旅游,文化旅游",
            "COMMERCE", "商贸,商业", "PUBLIC_SERVICE", "公共服务", "FINANCE_SERVICE", "金融,金融服务",
            "RELOCATION_HOUSING", "安置住房,易地搬迁", "ENVIRONMENT", "生态环保,环保,生态", "ENERGY", "能源",
            "EDUCATION", "教育", "HEALTH", "医疗卫生,卫生,医疗", "SOCIAL_SECURITY", "社会保障,社保",
            "GOVERNANCE", "基层治理,治理", "OTHER", "其他");
    private static final Map<String, String> FLOW_TYPES = words(
            "ALLOCATED", "下达,分配", "TRANSFERRED", "转下达,拨付", "DISBURSED", "发放,兑付",
            "SPENT", "投入,使用,支出", "CREDIT_GRANTED", "授信", "LOAN", "贷款", "INVESTED", "投资",
            "REQUESTED", "上报需求,争取,申请", "PLANNED", "计划安排");

    private final LedgerKind kind;
    private final String documentKey;
    private final List<String> headers;
    private final Map<Integer, LedgerColumn> columns;
    private final References references;
    private final Map<String, Integer> keysSeen = new HashMap<>();
    // Each cell is looked up by field several times a row; the header does not change within a file.
    private final Map<LedgerField, Integer> fieldColumns = new java.util.EnumMap<>(LedgerField.class);

    LedgerRecords(LedgerKind kind, String documentKey, List<String> headers, Map<Integer, LedgerColumn> columns,
            References references) {
        this.kind = kind;
        this.documentKey = documentKey;
        this.headers = headers;
        this.columns = columns;
        this.references = references;
        columns.forEach((index, column) -> fieldColumns.putIfAbsent(column.field(), index));
    }

    /** The row's text as the passage stores it: {@code header: value} for each filled cell. */
    String text(SheetRow row) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.max(headers.size(), row.cells().size()); i++) {
            if (!row.cell(i).isEmpty()) {
                parts.add((i < headers.size() ? headers.get(i).strip() : SheetRow.columnLetter(i)) + ": " + row.cell(i));
            }
        }
        return String.join(" | ", parts);
    }

    /** Either the record or the row's errors (never both). */
    record Result(LedgerRecord record, List<RowError> errors) {
    }

    Result read(SheetRow row) {
        Cells cells = new Cells(row);
        for (int i = headers.size(); i < row.cells().size(); i++) {
            if (!row.cell(i).isEmpty()) {
                cells.error(i, "EXTRA_CELL", "a value in a column without header: " + row.cell(i));
            }
        }
        for (var column : columns.entrySet()) {
            if (column.getValue().required() && row.cell(column.getKey()).isEmpty()) {
                cells.error(column.getKey(), "REQUIRED", column.getValue().header() + " is required");
            }
        }
        String code = cells.value(LedgerField.CODE);
        if (!code.isEmpty()) {
            if (!CODE.matcher(code).matches()) {
                cells.error(LedgerField.CODE, "INVALID_KEY", kind.keyHeader()
                        + " must be letters, digits, '.', '_' or '-' (at most 64): " + code);
            }
            else {
                Integer first = keysSeen.putIfAbsent(code, row.number());
                if (first != null) {
                    cells.error(LedgerField.CODE, "DUPLICATE_ROW", kind.keyHeader() + " " + code
                            + " is already on row " + first);
                }
            }
        }
        Map<String, Object> props = new LinkedHashMap<>();
        List<LedgerRecord.Link> links = new ArrayList<>();
        String id = (kind == LedgerKind.PROJECTS ? PROJECT_PREFIX : FLOW_PREFIX) + code;
        props.put("id", id);
        props.put("type", kind.label());
        props.put("key", "ledger-" + code);
        props.put("ledgerCode", code);
        props.put("masked", false);
        props.put("note", cells.optional(LedgerField.NOTE));
        if (kind == LedgerKind.PROJECTS) {
            readProject(cells, props, links);
        }
        else {
            readFlow(cells, props, links);
        }
        if (!cells.errors.isEmpty()) {
            return new Result(null, cells.errors);
        }
        return new Result(new LedgerRecord(row.number(), id, kind.label(), props,
                Map.of("documentKey", documentKey), links, text(row)), List.of());
    }

    private void readProject(Cells cells, Map<String, Object> props, List<LedgerRecord.Link> links) {
        props.put("name", cells.value(LedgerField.NAME));
        props.put("status", cells.choice(LedgerField.STATUS, STATUSES, true));
        props.put("category", cells.choice(LedgerField.CATEGORY, CATEGORIES, false));
        props.put("description", cells.optional(LedgerField.DESCRIPTION));
        props.putAll(cells.amount(LedgerField.INVESTMENT, "investment", null, null));
        String region = cells.reference(LedgerField.REGION, Set.of("Region"), "UNKNOWN_REGION");
        if (region != null) {
            links.add(new LedgerRecord.Link("IN_REGION", true, region));
            if (!references.inScope(region)) {
                cells.error(LedgerField.REGION, "FORBIDDEN", region + " is outside your region "
                        + references.regionScope());
            }
        }
        String lead = cells.reference(LedgerField.LEAD_UNIT, Set.of("Organization"), "UNKNOWN_REFERENCE");
        if (lead != null) {
            links.add(new LedgerRecord.Link("LEADS", false, lead));
        }
        String campaign = cells.reference(LedgerField.CAMPAIGN, Set.of("Campaign"), "UNKNOWN_REFERENCE");
        if (campaign != null) {
            links.add(new LedgerRecord.Link("PART_OF", true, campaign));
        }
    }

    private void readFlow(Cells cells, Map<String, Object> props, List<LedgerRecord.Link> links) {
        String period = cells.optional(LedgerField.PERIOD);
        Integer year = cells.year();
        props.put("flowType", cells.choice(LedgerField.FLOW_TYPE, FLOW_TYPES, true));
        props.put("purpose", cells.optional(LedgerField.PURPOSE));
        props.put("periodText", period);
        props.put("periodYear", year);
        props.putAll(cells.amount(LedgerField.AMOUNT, "amount", period, year));
        String fundCell = cells.value(LedgerField.FUND);
        String amountText = (String) props.get("amountText");
        props.put("name", props.get("purpose") != null ? props.get("purpose")
                : fundCell + (amountText == null ? "" : " " + amountText));
        String fund = cells.reference(LedgerField.FUND, Set.of("Fund"), "UNKNOWN_REFERENCE");
        if (fund != null) {
            links.add(new LedgerRecord.Link("OF_FUND", true, fund));
        }
        String from = cells.reference(LedgerField.FROM, Set.of("Region", "Organization", "Fund"), "UNKNOWN_REFERENCE");
        if (from != null) {
            links.add(new LedgerRecord.Link("FROM", true, from));
        }
        String to = cells.reference(LedgerField.TO, Set.of("Region", "Organization", "Project", "BeneficiaryGroup"),
                "UNKNOWN_REFERENCE");
        if (to != null) {
            links.add(new LedgerRecord.Link("TO", true, to));
            if (!references.inScope(to)) {
                cells.error(LedgerField.TO, "FORBIDDEN", to + " does not lie in your region " + references.regionScope());
            }
        }
    }

    /** The cells of one row, addressed by field, collecting errors with their column. */
    private final class Cells {
        final SheetRow row;
        final List<RowError> errors = new ArrayList<>();

        Cells(SheetRow row) {
            this.row = row;
        }

        Integer column(LedgerField field) {
            return fieldColumns.get(field);
        }

        String value(LedgerField field) {
            Integer column = column(field);
            return column == null ? "" : row.cell(column);
        }

        String optional(LedgerField field) {
            String value = value(field);
            return value.isEmpty() ? null : value;
        }

        void error(int column, String code, String message) {
            errors.add(new RowError(row.number(), SheetRow.columnLetter(column),
                    column < headers.size() ? headers.get(column).strip() : null, code, message));
        }

        void error(LedgerField field, String code, String message) {
            Integer column = column(field);
            if (column == null) {
                errors.add(new RowError(row.number(), null, null, code, message));
            }
            else {
                error(column, code, message);
            }
        }

        /** A Chinese word of the template or the enumeration's own name. */
        String choice(LedgerField field, Map<String, String> words, boolean required) {
            String value = value(field);
            if (value.isEmpty()) {
                return null;
            }
            String chosen = words.containsKey(value) ? words.get(value)
                    : words.containsValue(value.toUpperCase(java.util.Locale.ROOT)) ? value.toUpperCase(java.util.Locale.ROOT) : null;
            if (chosen == null) {
                error(field, "INVALID_VALUE", "'" + value + "' is not one of " + new java.util.TreeSet<>(words.keySet()));
            }
            return chosen;
        }

        Integer year() {
            String value = value(LedgerField.YEAR).replace("年", "");
            if (value.isEmpty()) {
                return null;
            }
            if (!value.matches("(19|20|21)[0-9]{2}")) {
                error(LedgerField.YEAR, "INVALID_YEAR", "'" + value(LedgerField.YEAR) + "' is not a year such as 2024");
                return null;
            }
            return Integer.valueOf(value);
        }

        /**
         * A money cell: {@code 1200} under a header {@code 总投资(万元)} is 1200万元, a cell that carries its own
         * unit ({@code 1.2亿元}) keeps it. Stored as the quantity's properties with the text as read.
         */
        Map<String, Object> amount(LedgerField field, String prefix, String asOf, Integer year) {
            Integer column = column(field);
            String cell = value(field);
            if (column == null || cell.isEmpty()) {
                return nullQuantity(prefix);
            }
            String headerUnit = LedgerColumn.headerUnit(headers.get(column));
            String text = cell.replace(",", "").replace("，", "");
            java.util.regex.Matcher unitless = UNITLESS.matcher(text);
            if (unitless.matches()) {
                if (headerUnit == null) {
                    error(column, "MISSING_UNIT", "'" + cell + "' has no unit; write 万元 or 亿元 in the cell or the header");
                    return nullQuantity(prefix);
                }
                text = java.util.Objects.toString(unitless.group(1), "") + unitless.group(2) + headerUnit
                        + java.util.Objects.toString(unitless.group(3), "");
            }
            try {
                Quantity quantity = Quantity.parse(text, null, null, null, asOf, year);
                if (!quantity.isMoney()) {
                    error(column, "INVALID_AMOUNT", "'" + cell + "' is not an amount of money (元, 万元, 亿元)");
                    return nullQuantity(prefix);
                }
                if (quantity.value() != null && quantity.value().compareTo(BigDecimal.ZERO) < 0) {
                    error(column, "INVALID_AMOUNT", "'" + cell + "' is negative");
                }
                return quantity.toProperties(prefix);
            }
            catch (IllegalArgumentException ex) {
                error(column, "INVALID_AMOUNT", "'" + cell + "' is not an amount such as 1200 or 1.2亿元");
                return nullQuantity(prefix);
            }
        }

        String reference(LedgerField field, Set<String> types, String unknownCode) {
            String value = value(field);
            if (value.isEmpty()) {
                return null;
            }
            References.Found found = references.find(value, types);
            if (found.ids().isEmpty()) {
                error(field, unknownCode, "no " + String.join(" or ", new java.util.TreeSet<>(types))
                        + " has the ID or name '" + value + "'");
                return null;
            }
            if (found.ids().size() > 1) {
                error(field, "AMBIGUOUS_REFERENCE", "'" + value + "' names several nodes " + found.ids()
                        + "; write the ID instead");
                return null;
            }
            return found.ids().getFirst();
        }
    }

    private static Map<String, Object> nullQuantity(String prefix) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String suffix : List.of("Text", "Value", "Number", "Unit", "Qualifier", "Masked", "AsOf", "Year")) {
            props.put(prefix + suffix, null);
        }
        return props;
    }

    /** Chinese words to enumeration names, from pairs of name and comma-separated words. */
    private static Map<String, String> words(String... pairs) {
        Map<String, String> words = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            for (String word : pairs[i + 1].split(",")) {
                words.put(word, pairs[i]);
            }
        }
        return words;
    }
}
