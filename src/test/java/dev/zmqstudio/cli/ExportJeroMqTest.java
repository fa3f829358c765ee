package dev.zmqstudio.cli;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Map;

/**
 * Issue #19: an example exported as JeroMQ programs compiles and runs (JDK 25's source launcher, JeroMQ's jar on the
 * class path) and gives the engine's counts: every active node's sent and received, and every sink's aggregate (the
 * pipeline's even numbers, the weather client's readings drawn with the node's seed, the ventilator's sums built by a
 * translated map-literal transform).
 */
@Timeout(180)
class ExportJeroMqTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private static Path jeromqJar() throws Exception {
        return Path.of(org.zeromq.ZMQ.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"push-pull.json", "req-rep.json", "pipeline.json", "pubsub-weather.json", "queue-device.json",
            "ventilator-workers-sink.json", "invoice-filter.json"})
    void theExportedProgramsGiveTheEnginesCounts(String example, @TempDir Path dir) throws Exception {
        ExportedPrograms.giveTheEnginesCounts(example, dir, "java", Map.of("JAVA", JAVA.toString(), "JEROMQ", jeromqJar().toString()));
    }
}
