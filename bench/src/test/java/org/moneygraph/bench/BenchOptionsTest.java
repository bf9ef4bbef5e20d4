package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    private static final Map<String, String> OPTIONS = Bench.options(new String[] {
            "--requests=1000", "--warmup=100", "--clients=4", "--requests.fundSummary=8", "--warmup.fundSummary=1",
            "--requests.moneyTrail6=120", "--api=http://127.0.0.1:18080/graphql"});

    @Test
    void aKindTakesItsOwnSettingsAndOnlyItsOwn() {
        assertEquals(Map.of("requests", "8", "warmup", "1", "clients", "4",
                "api", "http://127.0.0.1:18080/graphql"), Bench.forKind(OPTIONS, "fundSummary"));
        assertEquals(Map.of("requests", "120", "warmup", "100", "clients", "4",
                "api", "http://127.0.0.1:18080/graphql"), Bench.forKind(OPTIONS, "moneyTrail6"));
        assertEquals(Map.of("requests", "1000", "warmup", "100", "clients", "4",
                "api", "http://127.0.0.1:18080/graphql"), Bench.forKind(OPTIONS, "moneyTrail4"),
                "a kind whose name ends another's (moneyTrail6 and ail6) is not taken for it");
        assertEquals("1000", Bench.forKind(OPTIONS, "ail6").get("requests"));
    }

    @Test
    void theReportSaysWhichKindsRanWithTheirOwnSettings() {
        assertEquals("; for single queries instead: fundSummary (requests=8, warmup=1), moneyTrail6 (requests=120)",
                Environment.perKind(OPTIONS));
        assertEquals("", Environment.perKind(Map.of("requests", "1000")));
    }
}
