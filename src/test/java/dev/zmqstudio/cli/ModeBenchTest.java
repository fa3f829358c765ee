package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * bench --modes runs the pipeline example as a user would, once in one process and once in child processes, and
 * compares the two; a run that loses numbers fails the benchmark instead of being timed.
 */
@Timeout(300)
class ModeBenchTest {
    private static final Pattern ROUND = Pattern.compile("round 1:  in-process ([\\d.]+) s  child-process ([\\d.]+) s");
    private static final Pattern MEDIAN = Pattern.compile("median: in-process ([\\d.]+) s   child-process ([\\d.]+) s"
            + "   ratio child/in-process ([\\d.]+) \\(target <= 1.5\\)");

    @Test
    void oneRoundRunsBothModesToTheEndAndPrintsTheirRatio() {
        CliHarness r = CliHarness.run("bench", "--modes", "--rounds", "1");
        assertEquals(0, r.exitCode(), r.out() + r.err());
        Matcher round = ROUND.matcher(r.out());
        assertTrue(round.find(), r.out());
        Matcher median = MEDIAN.matcher(r.out());
        assertTrue(median.find(), r.out());
        double inProcess = Double.parseDouble(round.group(1));
        double children = Double.parseDouble(round.group(2));
        assertTrue(inProcess > 1, "a run ends after a quiet second, so it cannot take under one: " + inProcess);
        assertEquals(children / inProcess, Double.parseDouble(median.group(3)), 0.01, r.out());
    }
}
