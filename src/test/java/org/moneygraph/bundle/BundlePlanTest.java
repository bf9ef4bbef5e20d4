package org.moneygraph.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The importer refuses a bundle that breaks the format, and says where. */
class BundlePlanTest {

    private static final String TEXT = "xx镇已全面完成2700平方米农贸市场改造提升工程。另一个xx镇正在规划。";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Bundle bundle(String entities) {
        String json = """
                {"format": "graph-bundle/1",
                 "document": {"key": "900", "file": "t.txt", "title": "t", "kind": "REPORT", "issuingLevel": "COUNTY",
                              "sources": [{"quote": "xx镇已全面完成"}]},
                 %s}""".formatted(entities);
        return new Bundle("test.json", JSON.readTree(json), TEXT);
    }

    private static List<String> problems(String entities) {
        try {
            BundlePlan.of(List.of(bundle(entities)), keys -> Map.of());
            return List.of();
        }
        catch (BundleValidationException ex) {
            return ex.problems().stream().map(Object::toString).toList();
        }
    }

    @Test
    void aValidBundleBecomesRowsWithCitationsAtTheRightOffsets() {
        BundlePlan plan = BundlePlan.of(List.of(bundle("""
                "regions": [
                  {"key": "900-town-a", "name": "xx镇", "masked": true, "level": "TOWNSHIP", "note": "the market town",
                   "sources": [{"quote": "xx镇已全面完成2700平方米农贸市场改造提升工程"}]},
                  {"key": "900-town-b", "name": "xx镇", "masked": true, "level": "TOWNSHIP", "note": "the planning town",
                   "sources": [{"quote": "另一个xx镇正在规划"}]}],
                "projects": [{"key": "900-market", "name": "农贸市场改造提升工程", "status": "COMPLETED",
                   "regions": ["900-town-a"], "sources": [{"quote": "xx镇已全面完成2700平方米农贸市场改造提升工程"}],
                   "progress": [{"item": "改造面积", "kind": "ACTUAL", "quantity": {"text": "2700平方米"}}]}]""")),
                keys -> Map.of());
        assertThat(plan.entities()).extracting(BundlePlan.Row::id).contains("Region:900-town-a", "Region:900-town-b",
                "Project:900-market", "ProgressObservation:900-market-0");
        assertThat(plan.citations()).anySatisfy(c -> {
            assertThat(c.props().get("quote")).isEqualTo("另一个xx镇正在规划");
            assertThat(c.props().get("start")).isEqualTo(TEXT.indexOf("另一个"));
        });
        assertThat(plan.links()).anySatisfy(l -> {
            assertThat(l.from()).isEqualTo("Project:900-market");
            assertThat(l.type()).isEqualTo("IN_REGION");
            assertThat(l.citationIds()).isNotEmpty();
        });
    }

    @Test
    void aQuoteThatIsNotVerbatimIsRefused() {
        assertThat(problems("""
                "regions": [{"key": "900-town", "name": "某镇", "level": "TOWNSHIP", "sources": [{"quote": "全面完成了改造"}]}]"""))
                .anyMatch(p -> p.contains("regions/900-town.sources[0]") && p.contains("does not occur verbatim"));
    }

    @Test
    void unknownReferencesEnumsFieldsAndUnflaggedMasksAreRefused() {
        List<String> problems = problems("""
                "regions": [{"key": "900-town", "name": "xx镇", "level": "HAMLET", "colour": "red",
                             "within": "900-nowhere", "sources": [{"quote": "xx镇已全面完成"}]}]""");
        assertThat(problems).anyMatch(p -> p.contains("regions/900-town.level") && p.contains("HAMLET"));
        assertThat(problems).anyMatch(p -> p.contains("regions/900-town.colour") && p.contains("unknown field"));
        assertThat(problems).anyMatch(p -> p.contains("regions/900-town.within") && p.contains("unknown key 900-nowhere"));
        assertThat(problems).anyMatch(p -> p.contains("regions/900-town.masked"));
    }

    @Test
    void aFigureMustBeStatedByItsQuote() {
        assertThat(problems("""
                "projects": [{"key": "900-market", "name": "农贸市场", "status": "COMPLETED", "investment": {"text": "3000万元"},
                              "sources": [{"quote": "xx镇已全面完成2700平方米农贸市场改造提升工程"}]}]"""))
                .anyMatch(p -> p.contains("projects/900-market.investment.text"));
    }

    @Test
    void nothingIsPlannedWhenAnythingIsWrong() {
        assertThatThrownBy(() -> BundlePlan.of(List.of(bundle("""
                "regions": [{"key": "900-town", "name": "镇", "level": "TOWNSHIP", "sources": []}]""")), keys -> Map.of()))
                .isInstanceOf(BundleValidationException.class).hasMessageContaining("source quote is required");
    }
}
