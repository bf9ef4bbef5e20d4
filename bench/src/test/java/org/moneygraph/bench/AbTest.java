package org.moneygraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AbTest {

    @Test
    void cpuPerRequestIsTheLastWindowsCpuOverTheirAnswersNotTheMeanOfEachWindowsFigure() {
        var windows = new Ab.Windows();
        windows.add(0, 0);
        windows.add(5_000_000_000L, 100);   // warm-up: 50 ms each
        windows.add(5_020_000_000L, 110);   // 2 ms each, 10 answers
        windows.add(5_220_000_000L, 210);   // 2 ms each, 100 answers
        windows.add(5_320_000_000L, 235);   // 4 ms each, 25 answers

        assertEquals(4.0, windows.msPerRequest(1), 1e-9);
        assertEquals(25, windows.answers(1));
        // 300 ms over 125 answers; the mean of the two windows' figures would be 3.0.
        assertEquals(2.4, windows.msPerRequest(2), 1e-9);
        assertEquals(320.0 / 135, windows.msPerRequest(3), 1e-9);
        assertEquals(5_320.0 / 235, windows.msPerRequest(12), 1e-9, "more windows than there are: all of them");
        var idle = new Ab.Windows();
        idle.add(1, 0);
        idle.add(2, 0);
        assertTrue(Double.isNaN(idle.msPerRequest(1)), "no answers");
    }

    @Test
    void theReportComparesBWithAWhicheverPlaceEachRunGaveThem() {
        String md = Ab.report("regionsPage", "Data: S.", List.of(
                "old\t2.000\tnew\t1.900\t1000\t1000\t0",
                "new\t1.470\told\t1.500\t900\t900\t0", ""));

        assertTrue(md.contains("\n\nData: S.\n\n"), md);
        assertTrue(md.contains("| 1 | old | 2.000 | new | 1.900 | 1000 + 1000 | 0 |"), md);
        assertTrue(md.contains("| 2 | new | 1.470 | old | 1.500 | 900 + 900 | 0 |"), md);
        assertTrue(md.contains("- run 1: new against old: -5.0 %"), md);
        assertTrue(md.contains("- run 2: new against old: -2.0 %"), md);
    }

    @Test
    void aFixedParameterAsksTheSameVariablesEveryTimeAndUnknownKindsAreNamed() {
        var parameters = new Parameters(List.of("Project:p1", "Project:p2"), List.of("Region:c"), List.of("Region:c"),
                List.of("Region:g1", "Region:g2"), "Region:p", List.of("乡村"), 3, "VILLAGE");

        Ab.Request each = Ab.request("moneyTrail6", parameters, null);
        assertEquals(Map.of("from", "Region:g2", "depth", 6), each.variables().apply(1));
        Ab.Request busiest = Ab.request("moneyTrail6", parameters, "0");
        assertEquals(Map.of("from", "Region:g1", "depth", 6), busiest.variables().apply(1));

        Ab.Request nested = Ab.request("regionsPageNested", parameters, null);
        assertTrue(nested.document().contains("parent { id name parent { id name } }"));
        assertEquals("VILLAGE", nested.variables().apply(1).get("level"));
        assertTrue(Ab.request("reconciliation", parameters, null).auditor());

        var unknown = assertThrows(IllegalArgumentException.class, () -> Ab.request("nope", parameters, null));
        assertTrue(unknown.getMessage().contains("regionsPageNested"), unknown.getMessage());
    }
}
