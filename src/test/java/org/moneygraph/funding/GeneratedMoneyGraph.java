package org.moneygraph.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * A large synthetic money graph, built the same way every time (fixed random seed), so tests can compute in Java
 * what the queries must answer. The main fund runs province → 30 cities → 1050 counties → 2100 projects → 2100
 * beneficiary groups; a few county → project amounts are masked and one city gives out more than it received.
 * Two small funds add a cycle A → B → C → A and a project reached by two paths.
 */
final class GeneratedMoneyGraph {

    static final int CITIES = 30;
    static final int COUNTIES_PER_CITY = 35;
    static final int PROJECTS_PER_COUNTY = 2;
    /** Every this many county → project flows, one is masked. */
    static final int MASK_EVERY = 500;
    /** City 0 gives its counties this much more than it received. */
    static final BigDecimal EXCESS = new BigDecimal("123456.78");

    static final String MAIN_FUND = "Fund:gen-main";
    static final String CYCLE_FUND = "Fund:gen-cycle";
    static final String TWO_PATH_FUND = "Fund:gen-two";
    static final String PROVINCE = "Region:gen-p";
    static final String TOP_CAMPAIGN = "Campaign:gen-camp";
    static final String MESH_FUND = "Fund:gen-mesh";
    static final String MESH_SOURCE = "Region:gen-mesh-s";
    static final int MESH_WIDTH = 30;
    static final int MESH_LAYERS = 5;

    /** A generated node: its global ID, label, name, and the properties of its label. */
    record GenNode(String id, String label, String name, Map<String, Object> props) {
    }

    /**
     * A generated flow; {@code yuan} null when masked. {@code tier} is its depth on its fund's trail, {@code region}
     * the region it belongs to for the fund summary (its receiver's, else its giver's).
     */
    record GenFlow(String id, String fund, String from, String to, String flowType, BigDecimal yuan, int tier,
            String region) {

        boolean masked() {
            return yuan == null;
        }
    }

    /** A relationship between two generated nodes. */
    record GenLink(String from, String type, String to) {
    }

    final List<GenNode> nodes = new ArrayList<>();
    final List<GenFlow> flows = new ArrayList<>();
    final List<GenLink> links = new ArrayList<>();

    static final GeneratedMoneyGraph INSTANCE = new GeneratedMoneyGraph();

    private GeneratedMoneyGraph() {
        Random random = new Random(20240601L);
        node(MAIN_FUND, "Fund", "生成主资金", Map.of("sourceType", "SUBSIDY"));
        region(PROVINCE, "生成省", "PROVINCE", null);
        node(TOP_CAMPAIGN, "Campaign", "生成攻坚战", Map.of("kind", "BATTLE"));
        int countyFlow = 0;
        for (int c = 0; c < CITIES; c++) {
            String city = "Region:gen-c" + c;
            region(city, "生成市" + c, "CITY", PROVINCE);
            String subCampaign = "Campaign:gen-camp-" + c;
            node(subCampaign, "Campaign", "生成行动" + c, Map.of("kind", "ACTION"));
            links.add(new GenLink(subCampaign, "PART_OF", TOP_CAMPAIGN));
            BigDecimal cityOut = BigDecimal.ZERO;
            for (int k = 0; k < COUNTIES_PER_CITY; k++) {
                String county = city.replace("Region:gen-c", "Region:gen-k") + "-" + k;
                region(county, "生成县" + c + "-" + k, "COUNTY", city);
                BigDecimal countyOut = BigDecimal.ZERO;
                for (int p = 0; p < PROJECTS_PER_COUNTY; p++) {
                    String suffix = c + "-" + k + "-" + p;
                    String project = "Project:gen-j" + suffix;
                    String group = "BeneficiaryGroup:gen-b" + suffix;
                    node(project, "Project", "生成项目" + suffix, Map.of("status", "UNDER_CONSTRUCTION"));
                    links.add(new GenLink(project, "IN_REGION", county));
                    links.add(new GenLink(project, "PART_OF", subCampaign));
                    node(group, "BeneficiaryGroup", "生成群众" + suffix, Map.of());
                    links.add(new GenLink(group, "IN_REGION", county));
                    BigDecimal disbursed = yuan(random, 1_000, 90_000);
                    BigDecimal spent = disbursed.add(yuan(random, 0, 10_000));
                    flows.add(new GenFlow("FundFlow:gen-d" + suffix, MAIN_FUND, project, group, "DISBURSED", disbursed, 4,
                            county));
                    boolean masked = countyFlow++ % MASK_EVERY == MASK_EVERY - 1;
                    flows.add(new GenFlow("FundFlow:gen-s" + suffix, MAIN_FUND, county, project, "SPENT",
                            masked ? null : spent, 3, county));
                    countyOut = countyOut.add(spent);
                }
                BigDecimal countyIn = countyOut.add(yuan(random, 0, 50_000));
                flows.add(new GenFlow("FundFlow:gen-t" + c + "-" + k, MAIN_FUND, city, county, "TRANSFERRED", countyIn, 2,
                        county));
                cityOut = cityOut.add(countyIn);
            }
            BigDecimal cityIn = c == 0 ? cityOut.subtract(EXCESS) : cityOut.add(yuan(random, 0, 100_000));
            flows.add(new GenFlow("FundFlow:gen-a" + c, MAIN_FUND, PROVINCE, city, "ALLOCATED", cityIn, 1, city));
        }
        // A cycle: X hands the fund to A, then A → B → C → A.
        node(CYCLE_FUND, "Fund", "生成循环资金", Map.of("sourceType", "OTHER"));
        for (String r : List.of("x", "a", "b", "c")) {
            region("Region:gen-cyc-" + r, "循环区" + r, "COUNTY", null);
        }
        flows.add(new GenFlow("FundFlow:gen-cyc-xa", CYCLE_FUND, "Region:gen-cyc-x", "Region:gen-cyc-a", "ALLOCATED",
                new BigDecimal("1000"), 1, "Region:gen-cyc-a"));
        flows.add(new GenFlow("FundFlow:gen-cyc-ab", CYCLE_FUND, "Region:gen-cyc-a", "Region:gen-cyc-b", "TRANSFERRED",
                new BigDecimal("900"), 2, "Region:gen-cyc-b"));
        flows.add(new GenFlow("FundFlow:gen-cyc-bc", CYCLE_FUND, "Region:gen-cyc-b", "Region:gen-cyc-c", "TRANSFERRED",
                new BigDecimal("800"), 3, "Region:gen-cyc-c"));
        flows.add(new GenFlow("FundFlow:gen-cyc-ca", CYCLE_FUND, "Region:gen-cyc-c", "Region:gen-cyc-a", "TRANSFERRED",
                new BigDecimal("700"), 4, "Region:gen-cyc-a"));
        // Two paths: S gives to M1 and M2, both give to project Q, which pays its beneficiaries.
        node(TWO_PATH_FUND, "Fund", "生成两路资金", Map.of("sourceType", "SPECIAL_BOND"));
        for (String r : List.of("s", "m1", "m2")) {
            region("Region:gen-two-" + r, "两路区" + r, "COUNTY", null);
        }
        node("Project:gen-two-q", "Project", "两路项目", Map.of("status", "UNDER_CONSTRUCTION"));
        links.add(new GenLink("Project:gen-two-q", "IN_REGION", "Region:gen-two-m1"));
        node("BeneficiaryGroup:gen-two-b", "BeneficiaryGroup", "两路群众", Map.of());
        flows.add(new GenFlow("FundFlow:gen-two-s-m1", TWO_PATH_FUND, "Region:gen-two-s", "Region:gen-two-m1",
                "ALLOCATED", new BigDecimal("5000000.50"), 1, "Region:gen-two-m1"));
        flows.add(new GenFlow("FundFlow:gen-two-s-m2", TWO_PATH_FUND, "Region:gen-two-s", "Region:gen-two-m2",
                "ALLOCATED", new BigDecimal("3000000.25"), 1, "Region:gen-two-m2"));
        flows.add(new GenFlow("FundFlow:gen-two-m1-q", TWO_PATH_FUND, "Region:gen-two-m1", "Project:gen-two-q",
                "SPENT", new BigDecimal("4000000"), 2, "Region:gen-two-m1"));
        flows.add(new GenFlow("FundFlow:gen-two-m2-q", TWO_PATH_FUND, "Region:gen-two-m2", "Project:gen-two-q",
                "SPENT", new BigDecimal("2500000.75"), 2, "Region:gen-two-m1"));
        flows.add(new GenFlow("FundFlow:gen-two-q-b", TWO_PATH_FUND, "Project:gen-two-q", "BeneficiaryGroup:gen-two-b",
                "DISBURSED", new BigDecimal("6000000"), 3, "Region:gen-two-m1"));
        mesh(random);
    }

    /**
     * Layers of {@link #MESH_WIDTH} regions, each giving to every region of the next layer: 30^5 paths end in the
     * last layer, while a trail that visits each flow once reads 3630 flows.
     */
    private void mesh(Random random) {
        node(MESH_FUND, "Fund", "生成网状资金", Map.of("sourceType", "FISCAL_BUDGET"));
        region(MESH_SOURCE, "网状源", "COUNTY", null);
        for (int layer = 0; layer < MESH_LAYERS; layer++) {
            for (int i = 0; i < MESH_WIDTH; i++) {
                String to = "Region:gen-mesh-" + layer + "-" + i;
                region(to, "网状区" + layer + "-" + i, "COUNTY", null);
                List<String> givers = new ArrayList<>();
                if (layer == 0) {
                    givers.add(MESH_SOURCE);
                }
                for (int g = 0; layer > 0 && g < MESH_WIDTH; g++) {
                    givers.add("Region:gen-mesh-" + (layer - 1) + "-" + g);
                }
                for (String from : givers) {
                    flows.add(new GenFlow("FundFlow:gen-mesh-" + from.substring("Region:gen-".length()) + "-" + layer + "-" + i,
                            MESH_FUND, from, to, "TRANSFERRED", BigDecimal.valueOf(1 + random.nextInt(999)), layer + 1, to));
                }
            }
        }
    }

    /** Yuan with cents, uniform in [min, max). */
    private static BigDecimal yuan(Random random, int min, int max) {
        return BigDecimal.valueOf(min * 100L + random.nextInt((max - min) * 100), 2);
    }

    private void node(String id, String label, String name, Map<String, Object> props) {
        nodes.add(new GenNode(id, label, name, props));
    }

    private void region(String id, String name, String level, String within) {
        node(id, "Region", name, Map.of("level", level));
        if (within != null) {
            links.add(new GenLink(id, "WITHIN", within));
        }
    }

    List<GenFlow> flowsOf(String fund) {
        return flows.stream().filter(f -> f.fund().equals(fund)).toList();
    }

    /** Writes the graph with the driver, in UNWIND batches, as the importer would have stored it. */
    void write(Driver driver) {
        try (Session session = driver.session()) {
            List<GenLink> all = new ArrayList<>(links);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (GenNode n : nodes) {
                Map<String, Object> props = new HashMap<>(n.props());
                props.putAll(Map.of("id", n.id(), "type", n.label(), "key", n.id().substring(n.id().indexOf(':') + 1),
                        "name", n.name(), "masked", false, "documentKey", "gen"));
                rows.add(Map.of("label", n.label(), "props", props));
            }
            for (GenFlow f : flows) {
                Map<String, Object> props = new HashMap<>(Map.of("id", f.id(), "type", "FundFlow", "key",
                        f.id().substring("FundFlow:".length()), "name", f.flowType() + " " + f.id(), "flowType",
                        f.flowType(), "masked", false, "documentKey", "gen", "amountUnit", "元", "amountMasked",
                        f.masked()));
                props.put("amountText", f.masked() ? "x万元" : f.yuan().toPlainString() + "元");
                if (!f.masked()) {
                    props.put("amountValue", f.yuan().toPlainString());
                    props.put("amountNumber", f.yuan().doubleValue());
                }
                rows.add(Map.of("label", "FundFlow", "props", props));
                all.add(new GenLink(f.id(), "OF_FUND", f.fund()));
                all.add(new GenLink(f.id(), "FROM", f.from()));
                all.add(new GenLink(f.id(), "TO", f.to()));
            }
            batches(rows, batch -> session.executeWriteWithoutResult(tx -> tx.run("""
                    UNWIND $rows AS row
                    CREATE (n:Entity)
                    SET n = row.props, n:$(row.label)""", Map.of("rows", batch)).consume()));
            List<Map<String, Object>> linkRows = all.stream()
                    .map(l -> Map.<String, Object>of("from", l.from(), "type", l.type(), "to", l.to())).toList();
            batches(linkRows, batch -> session.executeWriteWithoutResult(tx -> tx.run("""
                    UNWIND $rows AS row
                    MATCH (a:Entity {id: row.from})
                    MATCH (b:Entity {id: row.to})
                    CREATE (a)-[r:$(row.type)]->(b)
                    SET r.citationIds = []""", Map.of("rows", batch)).consume()));
        }
    }

    private static void batches(List<Map<String, Object>> rows, java.util.function.Consumer<List<Map<String, Object>>> write) {
        for (int i = 0; i < rows.size(); i += 5000) {
            write.accept(rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
    }
}
