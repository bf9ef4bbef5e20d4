package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.moneygraph.security.Actor;
import org.moneygraph.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Each kind of bad file gets a report that says where and why, and the graph is exactly as before: one bad
 * row rejects the whole file. Access is checked before anything is read.
 */
class LedgerRejectionTest extends ImportTests {

    private static final String PROJECT_HEADER = "项目编号,项目名称,所属区域,项目类别,建设状态,总投资(万元)\n";

    /** Imports, expects a rejection that changed nothing, and returns the report. */
    private JsonNode rejected(String fileName, byte[] content) {
        Map<String, Object> before = census();
        JsonNode report = importLedger(fileName, content, false);
        assertThat(report.path("outcome").asString()).as("%s", report).isEqualTo("REJECTED");
        assertThat(report.path("rejected").asInt()).isPositive();
        assertThat(census()).as("a rejected file writes nothing").isEqualTo(before);
        return report;
    }

    private static JsonNode error(JsonNode report, String code) {
        for (JsonNode error : report.path("errors")) {
            if (error.path("code").asString().equals(code)) {
                return error;
            }
        }
        throw new AssertionError("no " + code + " in " + report.path("errors"));
    }

    @Test
    void aBrokenWorkbookIsUnreadable() {
        byte[] template = bytes(TEMPLATES.resolve("项目台账.xlsx"));
        JsonNode truncated = rejected("项目台账.xlsx", Arrays.copyOf(template, template.length / 2));
        assertThat(error(truncated, "UNREADABLE_FILE").path("message").asString()).isNotBlank();
        JsonNode garbage = rejected("项目台账.xlsx", csv("这不是一个Excel文件"));
        assertThat(error(garbage, "UNREADABLE_FILE").path("row").isNull()).isTrue();
    }

    @Test
    void wrongHeadersAreNamedWithTheirColumn() {
        JsonNode report = rejected("项目台账.csv", csv("项目编号,名称,所属区域,建设状态,颜色\nX-1,某项目,四平乡,在建,红\n"));
        JsonNode unknown = error(report, "UNKNOWN_COLUMN");
        assertThat(unknown.path("row").asInt()).isEqualTo(1);
        assertThat(unknown.path("column").asString()).isEqualTo("B");
        assertThat(unknown.path("header").asString()).isEqualTo("名称");
        assertThat(error(report, "MISSING_COLUMN").path("header").asString()).isEqualTo("项目名称");
        JsonNode neither = rejected("台账.csv", csv("名称,金额\n某项目,12\n"));
        assertThat(error(neither, "UNKNOWN_LEDGER").path("row").asInt()).isEqualTo(1);
    }

    @Test
    void textInAnAmountCellRejectsTheFile() {
        JsonNode report = rejected("项目台账.csv", csv(PROJECT_HEADER
                + "R-1,四平乡污水管网,四平乡,供排水,在建,800\n"
                + "R-2,东安镇路灯改造,东安镇,交通,在建,一千二百\n"
                + "R-3,东安镇公厕,东安镇,,在建,12户\n"));
        org.slf4j.LoggerFactory.getLogger(LedgerRejectionTest.class).info("importLedger report for bad amounts: {}", report);
        JsonNode text = report.path("errors").get(0);
        assertThat(text.path("row").asInt()).isEqualTo(3);
        assertThat(text.path("column").asString()).isEqualTo("F");
        assertThat(text.path("header").asString()).isEqualTo("总投资(万元)");
        assertThat(text.path("code").asString()).isEqualTo("INVALID_AMOUNT");
        assertThat(text.path("message").asString()).contains("一千二百");
        assertThat(report.path("errors").get(1).path("row").asInt()).isEqualTo(4);
        assertThat(report.path("errors").get(1).path("message").asString()).contains("not an amount of money");
        assertThat(rows("MATCH (p:Project {id: 'Project:ledger-R-1'}) RETURN p", Map.of()))
                .as("the valid first row is not written either").isEmpty();
    }

    @Test
    void duplicateRowsAreRejectedAtTheSecondOccurrence() {
        JsonNode report = rejected("资金台账.csv", csv("""
                流水号,资金名称,接收方,流向类型,金额(万元)
                D-1,农村低保补贴,东安镇,发放,10
                D-2,农村低保补贴,四平乡,发放,20
                D-1,农村低保补贴,东安镇,发放,10
                """));
        JsonNode duplicate = error(report, "DUPLICATE_ROW");
        assertThat(duplicate.path("row").asInt()).isEqualTo(4);
        assertThat(duplicate.path("column").asString()).isEqualTo("A");
        assertThat(duplicate.path("message").asString()).contains("row 2");
        assertThat(report.path("rows").asInt()).isEqualTo(3);
        assertThat(report.path("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void unknownRegionsAndReferencesAreRowErrors() {
        JsonNode report = rejected("项目台账.csv", csv(PROJECT_HEADER
                + "U-1,四平乡污水管网,四平乡,供排水,在建,800\n"
                + "U-2,火星乡通村公路,火星乡,交通,在建,300\n"
                + "U-3,xx镇农贸市场,xx镇,商贸,在建,300\n"));
        JsonNode unknown = error(report, "UNKNOWN_REGION");
        assertThat(unknown.path("row").asInt()).isEqualTo(3);
        assertThat(unknown.path("column").asString()).isEqualTo("C");
        assertThat(unknown.path("message").asString()).contains("火星乡");
        assertThat(error(report, "AMBIGUOUS_REFERENCE").path("row").asInt())
                .as("a masked name that several regions share must be written as an ID").isEqualTo(4);
        assertThat(report.path("created").asInt()).as("the dry counts still show the valid row").isEqualTo(1);
    }

    @Test
    void anEmptyFileAndATooLargeFileAreRefusedBeforeReading() throws IOException {
        JsonNode empty = rejected("项目台账.csv", new byte[0]);
        assertThat(error(empty, "EMPTY_FILE").path("row").isNull()).isTrue();

        // Just over the test context's 1MB limit; the real default is 50MB (graph.import.max-file-size).
        Path big = Files.createDirectories(Path.of("target", "import-tests")).resolve("too-large.csv");
        StringBuilder content = new StringBuilder(PROJECT_HEADER);
        for (int i = 0; content.length() < 1_100_000; i++) {
            content.append("BIG-").append(i).append(",大项目,四平乡,交通,在建,100\n");
        }
        Files.writeString(big, content);
        JsonNode tooLarge = rejected("too-large.csv", bytes(big));
        assertThat(error(tooLarge, "FILE_TOO_LARGE").path("message").asString()).contains("graph.import.max-file-size");
        assertThat(tooLarge.path("rows").asInt()).as("not a row was read").isZero();
    }

    @Test
    void aHundredMegabyteLedgerOnTheCommandLinePathIsRefusedWithoutReadingIt(@Autowired LedgerImporter importer)
            throws IOException {
        // Sparse: 100 MB on paper, nothing on disk, so the test costs nothing; the importer must not read it.
        Path huge = Files.createDirectories(Path.of("target", "import-tests")).resolve("100MB.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(100L * 1024 * 1024);
        }
        Map<String, Object> before = census();
        ImportReport report = importer.importFile(huge, "资金台账.csv", null, false,
                new Actor("editor", Set.of(Role.EDITOR), null), LedgerImporter.Progress.NONE);
        assertThat(report.committed()).isFalse();
        assertThat(report.rows()).isZero();
        assertThat(report.errors()).extracting(ImportReport.RowError::code).containsExactly("FILE_TOO_LARGE");
        assertThat(census()).isEqualTo(before);
    }

    @Test
    void aRegionScopedEditorMayImportOnlyRowsOfTheirRegion() {
        String scope = "REGION_SCOPE:Region:003-sipingxiang";
        Map<String, Object> before = census();
        JsonNode report = importLedger(TEMPLATES.resolve("项目台账.csv"), false, EDITOR, scope);
        assertThat(report.path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(report.path("errors").findValuesAsString("code")).containsExactly("FORBIDDEN", "FORBIDDEN");
        assertThat(report.path("errors").findValues("row")).extracting(JsonNode::asInt).containsExactly(3, 4);
        assertThat(report.path("errors").get(0).path("column").asString()).isEqualTo("C");
        assertThat(census()).isEqualTo(before);

        JsonNode own = importLedger("项目台账.csv", csv(PROJECT_HEADER + "S-1,四平乡村道硬化,四平乡,交通,在建,50\n"),
                true, EDITOR, scope);
        assertThat(own.path("outcome").asString()).as("%s", own.path("errors")).isEqualTo("DRY_RUN");
        assertThat(own.path("created").asInt()).isEqualTo(1);
    }

    @Test
    void onlyEditorsMayImport() {
        Map<String, Object> variables = Map.of("fileName", "项目台账.csv", "content", "", "dryRun", true);
        JsonNode anonymous = execute(IMPORT_LEDGER, variables);
        assertThat(anonymous.at("/errors/0/extensions/code").asString()).isEqualTo("UNAUTHENTICATED");
        JsonNode viewer = execute(IMPORT_LEDGER, variables, "ROLE_VIEWER");
        assertThat(viewer.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aCsvSavedAsGbkReadsTheSame() {
        byte[] gbk = (PROJECT_HEADER + "G-1,四平乡污水管网,四平乡,供排水,在建,800\n").getBytes(Charset.forName("GBK"));
        JsonNode report = importLedger("项目台账.csv", gbk, true);
        assertThat(report.path("errors")).isEmpty();
        assertThat(report.path("created").asInt()).isEqualTo(1);
    }
}
