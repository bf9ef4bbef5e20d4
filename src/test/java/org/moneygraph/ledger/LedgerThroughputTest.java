package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/** A generated fund ledger of many batches goes in whole; the log line gives the rows per second measured. */
class LedgerThroughputTest extends ImportTests {

    private static final Logger log = LoggerFactory.getLogger(LedgerThroughputTest.class);
    private static final int ROWS = 3000;

    /** A fund ledger of {@code rows} flows from the county to its two townships, written line by line. */
    static Path generatedFlows(Path file, int rows, String prefix) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("流水号,资金名称,拨付方,接收方,流向类型,金额(万元),期间,年度,用途\n");
            for (int i = 0; i < rows; i++) {
                out.write(prefix + i + ",农村低保补贴,通江县," + (i % 2 == 0 ? "四平乡" : "东安镇") + ",发放,"
                        + (i % 100 + 1) + "." + (i % 10) + ",2024年" + (i % 12 + 1) + "月,2024,第" + i + "笔低保金发放\n");
            }
        }
        return file;
    }

    @Test
    void aLargeLedgerGoesInWholeInOneTransaction() throws IOException {
        Path file = generatedFlows(Path.of("target", "import-tests", "flows-3000.csv"), ROWS, "T-");
        JsonNode report = importLedger(file, false);
        assertThat(report.path("errors")).isEmpty();
        assertThat(report.path("created").asInt()).isEqualTo(ROWS);
        assertThat(report.path("items").size()).as("the report lists at most graph.import.report-limit items")
                .isEqualTo(1000);
        long millis = Math.max(1, report.path("millis").asLong());
        log.info("ledger import: {} rows in {} ms = {} rows/s", ROWS, millis, ROWS * 1000L / millis);
        assertThat(rows("""
                MATCH (f:FundFlow) WHERE f.id STARTS WITH 'FundFlow:ledger-T-'
                RETURN count(f) AS flows, sum(toInteger(f.amountValue)) AS yuan""", Map.of()).getFirst())
                .containsEntry("flows", (long) ROWS);
        assertThat(rows("MATCH (f:FundFlow {id: 'FundFlow:ledger-T-2999'}) RETURN f.amountValue AS yuan, f.amountText AS text",
                Map.of()).getFirst()).containsEntry("yuan", "1009000").containsEntry("text", "100.9万元");
    }

    /**
     * The generated ledgers of the throughput figures (docs/import.md) resolve on the seed: every row goes in,
     * and the .xlsx twin of the .csv then finds every row unchanged and writes nothing.
     */
    @Test
    void generatedLedgersGoInWholeAndTheirXlsxTwinChangesNothing() throws IOException {
        LedgerFiles.SeedNames names = LedgerFiles.SeedNames.read(Path.of("seed", "graph"));
        Path folder = Path.of("target", "import-tests");
        for (boolean flows : new boolean[] { true, false }) {
            var headers = flows ? LedgerFiles.FLOW_HEADERS : LedgerFiles.PROJECT_HEADERS;
            var cells = flows ? LedgerFiles.flowRows(names, 600, "GF-") : LedgerFiles.projectRows(names, 600, "GP-");
            String name = flows ? "generated-flows" : "generated-projects";
            JsonNode csv = importLedger(LedgerFiles.writeCsv(folder.resolve(name + ".csv"), headers, cells), false);
            assertThat(csv.path("errors")).as("%s", csv.path("errors")).isEmpty();
            assertThat(csv.path("created").asInt()).isEqualTo(600);
            assertThat(rows("MATCH (c:Change {batchId: $batch}) RETURN count(c) AS changes",
                    Map.of("batch", csv.path("batchId").asString())).getFirst())
                    .as("one change per node and one for the document").containsEntry("changes", 601L);
            Map<String, Object> before = census();
            JsonNode xlsx = importLedger(LedgerFiles.writeXlsx(folder.resolve(name + ".xlsx"), headers, cells), false);
            assertThat(xlsx.path("errors")).as("%s", xlsx.path("errors")).isEmpty();
            assertThat(xlsx.path("unchanged").asInt()).isEqualTo(600);
            assertThat(census()).isEqualTo(before);
        }
    }
}
