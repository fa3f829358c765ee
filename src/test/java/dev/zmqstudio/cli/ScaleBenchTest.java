package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench --scale prints, per node count, what a run of that size costs and how much of what it offered arrived. */
@Timeout(60)
class ScaleBenchTest {
    private static final Pattern LINE = Pattern.compile("20 nodes in 1 process: running after [\\d.]+ s, stopped in [\\d.]+ s, "
            + "([\\d,]+) threads, ([\\d,]+) fds, RSS [\\d,]+ MB, ([\\d.]+)% of the offered messages delivered, 0 failed");

    @Test
    void twentyNodesRunEverySinkReceivesAndTheProcessIsMeasured() {
        CliHarness r = CliHarness.run("bench", "--scale", "20", "--scale-seconds", "2");
        assertEquals(0, r.exitCode(), r.err());
        Matcher m = LINE.matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Long.parseLong(m.group(1).replace(",", "")) > 0, "threads counted: " + m.group(1));
        assertTrue(Long.parseLong(m.group(2).replace(",", "")) > 20, "descriptors counted: " + m.group(2));
        assertTrue(Double.parseDouble(m.group(3)) >= 50, "10 generators at 100 msg/s for 2 s arrive: " + m.group(3));
    }

    @Test
    void aNodeCountBelowTwoIsRefused() {
        CliHarness r = CliHarness.run("bench", "--scale", "1");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--scale takes node counts of 2 or more"), r.err());
    }
}
