package dev.zmqstudio.experiment;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.generate.GeneratorSpec;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The study's five findings are judged from the numbers: runs made to agree with each, or not, are told apart. */
class StudyFindingsTest {
    private static final int[][] SIZES = {{2, 2}, {3, 2}, {2, 3}, {4, 2}, {3, 3}};

    /** A run of {@code hosts} hosts whose latencies are {@code p50} ms, with {@code tail} of them 10 times that. */
    private static CellRun.Result run(int depth, int fanout, boolean broker, double p50, int tail) {
        Topology t = GeneratorSpec.defaults("tree").withTree(depth, fanout, 0, broker).generate();
        long[] rows = new long[100];
        for (int i = 0; i < 100; i++) {
            rows[i] = (long) (p50 * 1000 * (i >= 100 - tail ? 10 : 1)); // already in order
        }
        return new CellRun.Result(0, 0, Map.of("depth", (long) depth, "fanout", (long) fanout, "mode", broker ? "broker" : "direct"),
                t, 100, 100, 0, 5, rows, null);
    }

    private static List<StudyFindings.Finding> judge(IntToDoubleFunction direct, IntToDoubleFunction broker, int brokerTail) {
        List<CellRun.Result> results = new ArrayList<>();
        for (int[] s : SIZES) {
            int hosts = (int) Math.pow(s[1], s[0]);
            results.add(run(s[0], s[1], false, direct.applyAsDouble(hosts), 0));
            results.add(run(s[0], s[1], true, broker.applyAsDouble(hosts), brokerTail));
        }
        return StudyFindings.evaluate(results);
    }

    @Test
    void aLinearDirectAndAQuadraticBrokerWithATailAgreeWithTheFirstFourFindings() {
        List<StudyFindings.Finding> f = judge(h -> 1 + 0.1 * h, h -> 2 + 0.01 * h * h, 2);
        assertEquals(List.of(true, true, true, true, false), f.stream().map(StudyFindings.Finding::holds).toList(),
                f.toString());
        assertTrue(f.getFirst().numbers().startsWith("direct p50 lower in 5 of 5 sizes (p50 direct vs broker: 4 hosts 1.4 vs 2.2 ms;"),
                f.getFirst().numbers());
    }

    @Test
    void bothQuadraticIsNonLinearGrowth() {
        List<StudyFindings.Finding> f = judge(h -> 1 + 0.005 * h * h, h -> 2 + 0.01 * h * h, 0);
        assertEquals(Boolean.TRUE, f.get(4).holds(), f.get(4).numbers());
    }

    @Test
    void aBrokerFasterAndFlatterThanDirectContradictsThem() {
        List<StudyFindings.Finding> f = judge(h -> 5 + 0.5 * h, h -> 3 + 0.05 * h, 0);
        assertEquals(List.of(false, false, true, false, false), f.stream().map(StudyFindings.Finding::holds).toList(),
                f.toString());
    }

    @Test
    void oneHostCountCannotTellAboutGrowth() {
        List<CellRun.Result> results = List.of(run(2, 2, false, 1, 0), run(2, 2, true, 2, 0));
        List<StudyFindings.Finding> f = StudyFindings.evaluate(results);
        assertEquals(java.util.Arrays.asList(true, false, null, null, null), f.stream().map(StudyFindings.Finding::holds).toList());
        assertEquals("cannot tell: every size has 4 hosts", f.get(2).numbers());
    }
}
