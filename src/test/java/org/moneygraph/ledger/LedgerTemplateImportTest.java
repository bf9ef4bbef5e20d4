package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The templates of seed/templates/ go in with their exact figures, point back to their rows, and a second
 * import (or the .xlsx twin of the .csv) changes nothing; a changed row changes exactly its node, once.
 */
class LedgerTemplateImportTest extends ImportTests {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LedgerTemplateImportTest.class);

    @Test
    void theTemplatesImportExactlyOnceAndAChangedRowChangesOneNode() throws Exception {
        Map<String, Object> empty = census();
        JsonNode dry = importLedger(TEMPLATES.resolve("项目台账.csv"), true);
        assertThat(dry.path("outcome").asString()).isEqualTo("DRY_RUN");
        assertThat(dry.path("created").asInt()).isEqualTo(3);
        assertThat(dry.path("items").findValuesAsString("id")).containsExactly("Project:ledger-TJ-2024-001",
                "Project:ledger-TJ-2024-002", "Project:ledger-TJ-2024-003");
        assertThat(census()).as("a dry run writes nothing").isEqualTo(empty);

        JsonNode projects = importLedger(TEMPLATES.resolve("项目台账.csv"), false);
        log.info("importLedger report for the project template: {}", projects);
        assertThat(projects.path("outcome").asString()).isEqualTo("COMMITTED");
        assertThat(projects.path("kind").asString()).isEqualTo("PROJECTS");
        assertThat(List.of(projects.path("rows").asInt(), projects.path("created").asInt(),
                projects.path("rejected").asInt())).containsExactly(3, 3, 0);

        Map<String, Object> p1 = node("Project:ledger-TJ-2024-001");
        assertThat(p1).containsEntry("name", "四平乡污水处理站建设项目").containsEntry("status", "UNDER_CONSTRUCTION")
                .containsEntry("category", "WATER_SANITATION").containsEntry("investmentText", "1200万元")
                .containsEntry("investmentValue", "12000000").containsEntry("investmentUnit", "元")
                .containsEntry("version", 1L).containsEntry("ledgerCode", "TJ-2024-001");
        assertThat(node("Project:ledger-TJ-2024-002")).containsEntry("investmentText", "356.5万元")
                .containsEntry("investmentValue", "3565000").containsEntry("status", "COMPLETED");
        assertThat(node("Project:ledger-TJ-2024-003")).containsEntry("investmentText", "1.2亿元")
                .containsEntry("investmentValue", "120000000").containsEntry("status", "PREPARING")
                .containsEntry("note", "总投资按可研批复");
        assertThat(rows("""
                MATCH (p:Project {id: 'Project:ledger-TJ-2024-001'})
                RETURN [(p)-[:IN_REGION]->(r) | r.id] AS regions, [(o)-[:LEADS]->(p) | o.id] AS leads,
                       [(p)-[:PART_OF]->(c) | c.id] AS campaigns""", Map.of()).getFirst())
                .containsEntry("regions", List.of("Region:003-sipingxiang"))
                .containsEntry("leads", List.of("Organization:003-siping-gov"))
                .containsEntry("campaigns", List.of("Campaign:003-camp-ygdz"));

        // Every fact points back to its row: the citation quotes the row's text, which the passage stores.
        Map<String, Object> source = rows("""
                MATCH (p:Project {id: 'Project:ledger-TJ-2024-001'})-[:SOURCED_FROM]->(c:Citation)-[:IN_PASSAGE]->(s:Passage)
                      <-[:HAS_PASSAGE]-(d:Document)
                RETURN c.quote AS quote, s.text AS text, s.index AS row, d.kind AS kind, d.file AS file,
                       d.sha256 AS sha256, d.rowCount AS rowCount, c.end - c.start AS length""", Map.of()).getFirst();
        assertThat(source).containsEntry("row", 2L).containsEntry("kind", "LEDGER").containsEntry("file", "项目台账.csv")
                .containsEntry("rowCount", 3L).containsEntry("sha256", LedgerImporter.sha256(TEMPLATES.resolve("项目台账.csv")));
        assertThat(source.get("quote")).isEqualTo(source.get("text")).isEqualTo("项目编号: TJ-2024-001 | "
                + "项目名称: 四平乡污水处理站建设项目 | 所属区域: 四平乡 | 项目类别: 供排水 | 建设状态: 在建 | 总投资(万元): 1200 | "
                + "牵头单位: 四平乡人民政府 | 所属攻坚战: 以工代赈 | 建设内容: 新建日处理500吨污水处理站1座");
        assertThat(source.get("length")).isEqualTo((long) ((String) source.get("quote")).length());
        assertThat(changes(projects)).containsEntry("CREATE", 4L);

        Map<String, Object> afterProjects = census();
        JsonNode again = importLedger(TEMPLATES.resolve("项目台账.csv"), false);
        assertThat(List.of(again.path("created").asInt(), again.path("changed").asInt(), again.path("unchanged").asInt()))
                .containsExactly(0, 0, 3);
        JsonNode xlsx = importLedger(TEMPLATES.resolve("项目台账.xlsx"), false);
        assertThat(xlsx.path("rejected").asInt()).as("%s", xlsx.path("errors")).isZero();
        assertThat(List.of(xlsx.path("created").asInt(), xlsx.path("changed").asInt(), xlsx.path("unchanged").asInt()))
                .as("the .xlsx template states the same figures as the .csv").containsExactly(0, 0, 3);
        assertThat(census()).as("the same ledger again writes nothing, no Change either").isEqualTo(afterProjects);

        JsonNode flows = importLedger(TEMPLATES.resolve("资金台账.xlsx"), false);
        assertThat(flows.path("errors")).isEmpty();
        assertThat(List.of(flows.path("kind").asString(), flows.path("created").asString()))
                .containsExactly("FLOWS", "3");
        assertThat(node("FundFlow:ledger-ZJ-2024-0001")).containsEntry("amountText", "85.6万元")
                .containsEntry("amountValue", "856000").containsEntry("flowType", "ALLOCATED")
                .containsEntry("periodText", "2024年1-6月").containsEntry("periodYear", 2024L)
                .containsEntry("amountAsOf", "2024年1-6月").containsEntry("purpose", "易地搬迁安置点产业发展");
        assertThat(node("FundFlow:ledger-ZJ-2024-0002")).containsEntry("amountText", "1.02亿元")
                .containsEntry("amountValue", "102000000").containsEntry("flowType", "DISBURSED");
        assertThat(node("FundFlow:ledger-ZJ-2024-0003")).containsEntry("amountText", "约320万元")
                .containsEntry("amountValue", "3200000").containsEntry("amountQualifier", "约")
                .containsEntry("flowType", "TRANSFERRED");
        assertThat(rows("""
                MATCH (f:FundFlow {id: 'FundFlow:ledger-ZJ-2024-0003'})
                RETURN [(f)-[:OF_FUND]->(x) | x.id] AS fund, [(f)-[:FROM]->(x) | x.id] AS from,
                       [(f)-[:TO]->(x) | x.id] AS to""", Map.of()).getFirst())
                .containsEntry("fund", List.of("Fund:003-fund-reloc-industry"))
                .containsEntry("from", List.of("Region:003-sipingxiang"))
                .containsEntry("to", List.of("Project:ledger-TJ-2024-001"));
        JsonNode flowsCsv = importLedger(TEMPLATES.resolve("资金台账.csv"), false);
        assertThat(flowsCsv.path("unchanged").asInt()).as("%s", flowsCsv).isEqualTo(3);

        // The GraphQL model reads what a ledger wrote: a LEDGER document and the row as the source.
        JsonNode read = execute("""
                { node(id: "Project:ledger-TJ-2024-002") { ... on Project { name investment { text yuan }
                    sources { quote document { kind title } } } } }""", Map.of(), "ROLE_VIEWER");
        assertThat(read.path("errors")).isEmpty();
        assertThat(read.at("/data/node/investment/yuan").asString()).isEqualTo("3565000");
        assertThat(read.at("/data/node/sources/0/document/kind").asString()).isEqualTo("LEDGER");
        assertThat(read.at("/data/node/sources/0/quote").asString()).startsWith("项目编号: TJ-2024-002 |");

        // A week later the office changes one row: that node alone changes, once, with before and after.
        String edited = Files.readString(TEMPLATES.resolve("项目台账.csv"), StandardCharsets.UTF_8)
                .replace("东安镇,商贸,已完工,356.5", "东安镇,商贸,在建,400");
        JsonNode update = importLedger("项目台账-第2周.csv", csv(edited), false);
        assertThat(List.of(update.path("created").asInt(), update.path("changed").asInt(), update.path("unchanged").asInt()))
                .containsExactly(0, 1, 2);
        assertThat(update.path("items").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(node("Project:ledger-TJ-2024-002")).containsEntry("version", 2L).containsEntry("status",
                "UNDER_CONSTRUCTION").containsEntry("investmentValue", "4000000");
        Map<String, Object> change = rows("""
                MATCH (c:Change {batchId: $batch})-[:CHANGED]->(p:Project)
                RETURN c.operation AS operation, c.before AS before, c.after AS after, c.via AS via, c.actor AS actor""",
                Map.of("batch", update.path("batchId").asString())).getFirst();
        assertThat(change).containsEntry("operation", "UPDATE").containsEntry("via", "import")
                .containsEntry("actor", "tester");
        assertThat(JSON.readTree((String) change.get("before")).path("status").asString()).isEqualTo("COMPLETED");
        assertThat(JSON.readTree((String) change.get("after")).path("investmentValue").asString()).isEqualTo("4000000");
        assertThat(rows("""
                MATCH (p:Project {id: 'Project:ledger-TJ-2024-002'})-[:SOURCED_FROM]->(c) RETURN count(c) AS n""",
                Map.of()).getFirst()).as("the node cites both rows that stated it").containsEntry("n", 2L);
    }

    private Map<String, Long> changes(JsonNode report) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        rows("MATCH (c:Change {batchId: $batch}) RETURN c.operation AS op, count(*) AS n",
                Map.of("batch", report.path("batchId").asString()))
                .forEach(r -> counts.put((String) r.get("op"), (Long) r.get("n")));
        return counts;
    }
}
