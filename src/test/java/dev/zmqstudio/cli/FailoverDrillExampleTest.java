package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * failover-drill.json headless: every scripted fault is applied on time, PUSH routes around a cut worker and a
 * killed one and loses at most what was in flight, PUB drops what it sends while its wire is cut, and the
 * heartbeat wire's latency shows.
 */
@Timeout(120)
class FailoverDrillExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theReportShowsEveryFaultAndWhatEachCost(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("r.json");
        CliHarness r = CliHarness.run("run", CliHarness.exampleOnFreePorts("failover-drill.json", dir).toString(),
                "--duration", "60s", "--report", report.toString());
        assertEquals(0, r.exitCode(), r.out() + r.err());
        JsonNode rep = JSON.readTree(report.toFile());
        JsonNode scenario = rep.path("scenario");
        assertEquals(List.of("cut", "heal", "cut", "heal", "kill", "restart"),
                List.of(0, 1, 2, 3, 4, 5).stream().map(i -> scenario.get(i).path("action").asText()).toList());
        for (JsonNode event : scenario) {
            assertTrue(event.path("applied").asBoolean(), event.toString());
            assertTrue(event.path("applied_ms").asLong() >= event.path("at_ms").asLong(), event.toString());
        }
        assertEquals(800, rep.at("/nodes/ventilator/sent").asLong());
        long collected = rep.at("/nodes/collector/received").asLong();
        assertTrue(collected >= 780 && collected <= 800, "PUSH loses at most what was in flight: " + collected);
        assertTrue(rep.at("/nodes/collector/per_sender/worker-1-out").asLong() > 0);
        assertTrue(rep.at("/nodes/collector/per_sender/worker-2-out").asLong() > 0);
        assertEquals(160, rep.at("/nodes/heartbeat/sent").asLong());
        long beats = rep.at("/nodes/monitor/received").asLong();
        assertTrue(beats >= 80 && beats <= 150, "PUB drops what it sends while the wire is cut: " + beats + " of 160");
        assertTrue(rep.at("/wires/w-beat/latency_us/p50").asLong() >= 30_000, rep.at("/wires/w-beat").toString());
        assertEquals(30, rep.at("/wires/w-beat/faults/latency_ms").asLong());
    }
}
