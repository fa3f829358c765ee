package dev.zmqstudio.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue #19: an example exported as pyzmq programs runs under Debian's python3-zmq (real libzmq) and gives the engine's
 * counts: every sink's received messages and its aggregate's count and sum (the pipeline's even numbers, the
 * ventilator's sums, the weather client's readings drawn by the ported random generator). Not here: failover-drill
 * (its faults and scenario are not exported, and the export says so) and slow-subscriber (what a slow subscriber
 * drops depends on timing, run to run).
 */
@Timeout(180)
class ExportPyzmqTest {
    private static final String PYTHON = "/usr/bin/python3";

    @BeforeAll
    static void needsPythonWithZmq() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is not installed");
        Process check = new ProcessBuilder(PYTHON, "-c", "import zmq").redirectErrorStream(true).start();
        assumeTrue(check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0, PYTHON + " cannot import zmq (apt-get install python3-zmq)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"push-pull.json", "pair.json", "req-rep.json", "pipeline.json", "pubsub-weather.json",
            "pubsub-envelope.json", "queue-device.json", "forwarder-device.json", "streamer-device.json",
            "ventilator-workers-sink.json", "invoice-filter.json", "pubsub-centralized-vs-direct.json"})
    void theExportedProgramsGiveTheEnginesCounts(String example, @TempDir Path dir) throws Exception {
        ExportedPrograms.giveTheEnginesCounts(example, dir, "pyzmq", Map.of("PYTHON", PYTHON));
    }
}
