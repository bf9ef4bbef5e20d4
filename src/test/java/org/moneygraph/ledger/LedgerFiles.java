package org.moneygraph.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Large, realistic ledgers for throughput measurements: every row names regions, units, funds and campaigns
 * of the seed by their names (only names that occur once in the seed, so every row resolves), with amounts in
 * the header's 万元, some with their own unit (亿元) or a qualifier (约), as offices write them. The same
 * random seed gives the same file, so a .csv and its .xlsx twin hold the same rows.
 *
 * <p>As a tool: {@code LedgerFiles flows|projects ROWS FILE.csv|FILE.xlsx [PREFIX]}, see docs/import.md.
 */
public final class LedgerFiles {

    static final List<String> FLOW_HEADERS = List.of("流水号", "资金名称", "拨付方", "接收方", "流向类型", "金额(万元)",
            "期间", "年度", "用途", "备注");
    static final List<String> PROJECT_HEADERS = List.of("项目编号", "项目名称", "所属区域", "项目类别", "建设状态",
            "总投资(万元)", "牵头单位", "所属攻坚战", "建设内容", "备注");

    private static final List<String> FLOW_TYPES = List.of("下达", "转下达", "拨付", "发放", "兑付", "投入", "使用", "支出");
    private static final List<String> CATEGORIES = List.of("交通", "供排水", "产业", "农业", "文旅", "商贸", "公共服务",
            "安置住房", "生态环保", "能源", "教育", "医疗卫生", "基层治理", "其他");
    private static final List<String> STATUSES = List.of("谋划", "前期", "在建", "续建", "已完工", "停工");
    private static final List<String> WORKS = List.of("道路硬化", "污水管网", "农贸市场改造", "产业园标准厂房", "安置点配套",
            "乡村旅游步道", "高标准农田", "冷链物流中心", "村级活动场所", "饮水安全巩固");

    /** Names of seed nodes by type, kept only when no other seed node has the same name. */
    record SeedNames(List<String> regions, List<String> organizations, List<String> funds, List<String> campaigns,
            List<String> groups) {

        static SeedNames read(Path seedGraph) {
            Map<String, List<String>> byType = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            JsonMapper json = JsonMapper.builder().build();
            try (Stream<Path> files = Files.list(seedGraph)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode bundle = json.readTree(Files.readString(file));
                    for (var entry : bundle.properties()) {
                        if (!entry.getValue().isArray()) {
                            continue;
                        }
                        for (JsonNode node : entry.getValue()) {
                            String name = node.path("name").asString("");
                            if (!name.isBlank()) {
                                counts.merge(name.strip(), 1, Integer::sum);
                                byType.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(name.strip());
                            }
                        }
                    }
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            java.util.function.Function<String, List<String>> unique = type -> byType.getOrDefault(type, List.of())
                    .stream().filter(n -> counts.get(n) == 1).toList();
            return new SeedNames(unique.apply("regions"), unique.apply("organizations"), unique.apply("funds"),
                    unique.apply("campaigns"), unique.apply("beneficiaryGroups"));
        }
    }

    private LedgerFiles() {
    }

    /** The rows of a fund ledger (资金台账), as cells; amounts are {@link BigDecimal} or text with a unit. */
    static List<List<Object>> flowRows(SeedNames names, int rows, String prefix) {
        Random random = new Random(20241);
        List<String> payers = concat(names.regions(), names.organizations());
        List<String> payees = concat(concat(names.regions(), names.organizations()), names.groups());
        List<List<Object>> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String fund = pick(random, names.funds());
            int month = random.nextInt(12) + 1;
            int year = 2022 + random.nextInt(3);
            out.add(cells(
                    prefix + String.format("%06d", i + 1),
                    fund,
                    pick(random, payers),
                    pick(random, payees),
                    pick(random, FLOW_TYPES),
                    amount(random),
                    year + "年" + month + "月",
                    String.valueOf(year),
                    random.nextInt(4) == 0 ? "" : year + "年" + month + "月" + fund + "第" + (i + 1) + "笔",
                    random.nextInt(10) == 0 ? "按进度拨付，附件见财政局文件" : ""));
        }
        return out;
    }

    /** The rows of a project ledger (项目台账). */
    static List<List<Object>> projectRows(SeedNames names, int rows, String prefix) {
        Random random = new Random(20242);
        List<List<Object>> out = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            String region = pick(random, names.regions());
            String work = pick(random, WORKS);
            out.add(cells(
                    prefix + String.format("%06d", i + 1),
                    region + work + "项目（第" + (i + 1) + "期）",
                    region,
                    pick(random, CATEGORIES),
                    pick(random, STATUSES),
                    amount(random),
                    random.nextInt(5) == 0 ? "" : pick(random, names.organizations()),
                    random.nextInt(5) < 2 ? "" : pick(random, names.campaigns()),
                    "新建" + work + (random.nextInt(90) + 10) + "处，配套设施" + (random.nextInt(9) + 1) + "项",
                    random.nextInt(10) == 0 ? "总投资按可研批复" : ""));
        }
        return out;
    }

    /** Mostly 万元 figures with up to two decimals; one in twenty in 亿元, one in twenty qualified by 约. */
    private static Object amount(Random random) {
        int kind = random.nextInt(20);
        BigDecimal wan = BigDecimal.valueOf(random.nextInt(500_000) + 1, 2);
        if (kind == 0) {
            return BigDecimal.valueOf(random.nextInt(300) + 1, 2) + "亿元";
        }
        if (kind == 1) {
            return "约" + (random.nextInt(900) + 10);
        }
        return wan;
    }

    static Path writeCsv(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        createParent(file);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out)) {
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(c -> c instanceof BigDecimal d ? d.toPlainString() : c).toList());
            }
        }
        return file;
    }

    /** One sheet; amounts without a unit as number cells, as Excel stores them, everything else as text. */
    static Path writeXlsx(Path file, List<String> headers, List<List<Object>> rows) throws IOException {
        createParent(file);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "moneygraph", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet1");
            for (int c = 0; c < headers.size(); c++) {
                sheet.value(0, c, headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof BigDecimal number) {
                        sheet.value(r + 1, c, number);
                    }
                    else if (!((String) cell).isEmpty()) {
                        sheet.value(r + 1, c, (String) cell);
                    }
                }
                if (r % 10_000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
        return file;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: LedgerFiles flows|projects ROWS FILE.csv|FILE.xlsx [PREFIX]");
            System.exit(2);
        }
        boolean flows = args[0].equals("flows");
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        String prefix = args.length > 3 ? args[3] : flows ? "ZJ-G-" : "XM-G-";
        SeedNames names = SeedNames.read(Path.of("seed", "graph"));
        List<List<Object>> cells = flows ? flowRows(names, rows, prefix) : projectRows(names, rows, prefix);
        List<String> headers = flows ? FLOW_HEADERS : PROJECT_HEADERS;
        if (args[2].endsWith(".xlsx")) {
            writeXlsx(file, headers, cells);
        }
        else {
            writeCsv(file, headers, cells);
        }
        System.out.println("wrote " + rows + " rows to " + file + " (" + Files.size(file) + " bytes)");
    }

    private static List<Object> cells(Object... values) {
        return List.of(values);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void createParent(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
    }
}
