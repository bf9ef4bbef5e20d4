package org.moneygraph.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.moneygraph.bundle.BundleImporter;
import org.moneygraph.bundle.SeedLoader;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Bundles through {@code importBundle}: validated like the seed, all or nothing, versioned only on real
 * change; and the seed itself is loaded once, so users' edits survive a restart.
 */
class BundleImportTest extends ImportTests {

    private static final String TEXT = "四平乡新建村级光伏电站1座,总投资85万元。";

    @Autowired
    SeedLoader seed;

    private static String bundle(String projectName, String quote) {
        return """
                {"format": "graph-bundle/1",
                 "document": {"key": "990", "file": "990.txt", "title": "光伏电站小结", "kind": "SUMMARY",
                              "issuingLevel": "TOWNSHIP", "region": "003-sipingxiang", "text": "%s",
                              "sources": [{"quote": "四平乡新建村级光伏电站1座"}]},
                 "projects": [{"key": "990-solar", "name": "%s", "status": "COMPLETED", "regions": ["003-sipingxiang"],
                               "investment": {"text": "85万元"}, "sources": [{"quote": "%s"}]}]}"""
                .formatted(TEXT, projectName, quote);
    }

    @Test
    void aBundleImportsOnceAndVersionsOnlyRealChanges() {
        Map<String, Object> before = census();
        JsonNode dry = importBundle(bundle("村级光伏电站", "四平乡新建村级光伏电站1座,总投资85万元"), true);
        assertThat(dry.path("outcome").asString()).as("%s", dry.path("errors")).isEqualTo("DRY_RUN");
        assertThat(dry.path("created").asInt()).isEqualTo(2);
        assertThat(census()).isEqualTo(before);

        JsonNode first = importBundle(bundle("村级光伏电站", "四平乡新建村级光伏电站1座,总投资85万元"), false);
        assertThat(first.path("outcome").asString()).isEqualTo("COMMITTED");
        assertThat(first.path("items").findValuesAsString("id")).containsExactly("Document:990", "Project:990-solar");
        assertThat(node("Project:990-solar")).containsEntry("version", 1L).containsEntry("investmentValue", "850000");
        Map<String, Object> imported = census();

        JsonNode again = importBundle(bundle("村级光伏电站", "四平乡新建村级光伏电站1座,总投资85万元"), false);
        assertThat(List.of(again.path("created").asInt(), again.path("changed").asInt(), again.path("unchanged").asInt()))
                .containsExactly(0, 0, 2);
        assertThat(census()).isEqualTo(imported);

        JsonNode renamed = importBundle(bundle("四平乡村级光伏电站", "四平乡新建村级光伏电站1座,总投资85万元"), false);
        assertThat(renamed.path("changed").asInt()).isEqualTo(1);
        assertThat(node("Project:990-solar")).containsEntry("version", 2L).containsEntry("name", "四平乡村级光伏电站");
        assertThat(rows("MATCH (c:Change {batchId: $b}) RETURN c.operation AS op, c.before AS before, c.after AS after",
                Map.of("b", renamed.path("batchId").asString()))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("op", "UPDATE")
                        .containsEntry("before", "{\"name\":\"村级光伏电站\"}")
                        .containsEntry("after", "{\"name\":\"四平乡村级光伏电站\"}"));
    }

    @Test
    void aBundleWithAQuoteNotInItsDocumentIsRejectedWhole() {
        Map<String, Object> before = census();
        JsonNode report = importBundle(bundle("另一个电站", "四平乡新建光伏电站2座").replace("990", "991"), false);
        assertThat(report.path("outcome").asString()).isEqualTo("REJECTED");
        assertThat(report.path("errors").get(0).path("code").asString()).isEqualTo("INVALID_BUNDLE");
        assertThat(report.path("errors").findValuesAsString("column")).contains("projects/991-solar.sources[0]");
        assertThat(report.path("errors").findValuesAsString("message"))
                .anyMatch(m -> m.contains("does not occur verbatim"));
        assertThat(census()).isEqualTo(before);
        JsonNode broken = importBundle("{\"format\": ", false);
        assertThat(broken.at("/errors/0/code").asString()).isEqualTo("INVALID_JSON");
    }

    @Test
    void regionScopedEditorsMayNotImportBundles() {
        JsonNode response = execute(IMPORT_BUNDLE, Map.of("content", "{}", "dryRun", true), EDITOR,
                "REGION_SCOPE:Region:003-sipingxiang");
        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theSeedLoadsOnceSoEditsSurviveARestart() {
        assertThat(rows("MATCH (s:SeedBundle) RETURN s.name AS name, s.sha256 AS sha ORDER BY name", Map.of()))
                .hasSize(5).allSatisfy(s -> assertThat((String) s.get("sha")).hasSize(64));
        assertThat(node("Project:000-s216-highway")).containsEntry("version", 1L);
        driver.executableQuery("MATCH (p:Project {id: 'Project:000-s216-highway'}) SET p.status = 'COMPLETED', p.version = 2")
                .execute();
        try {
            BundleImporter.Summary again = seed.load();
            assertThat(again).isEqualTo(BundleImporter.Summary.NOTHING);
            assertThat(node("Project:000-s216-highway")).containsEntry("status", "COMPLETED").containsEntry("version", 2L);
        }
        finally {
            driver.executableQuery("""
                    MATCH (p:Project {id: 'Project:000-s216-highway'}) SET p.status = 'UNDER_CONSTRUCTION', p.version = 1""")
                    .execute();
        }
    }
}
