package dev.zmqstudio.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the interop tests share: Debian's python3 with pyzmq (real libzmq 4.3), and a run of a topology whose external
 * nodes launch Python peers, through {@code run --allow-commands}, with its output and report.
 */
final class PythonRuns {
    static final String PYTHON = "/usr/bin/python3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PythonRuns() {
    }

    /** Skips the test unless /usr/bin/python3 can import zmq (CI installs python3-zmq, so they run there). */
    static void assumePythonWithZmq() throws Exception {
        assumeTrue(Files.isExecutable(Path.of(PYTHON)), PYTHON + " is not installed");
        Process check = new ProcessBuilder(PYTHON, "-c", "import zmq").redirectErrorStream(true).start();
        assumeTrue(check.waitFor(20, TimeUnit.SECONDS) && check.exitValue() == 0,
                PYTHON + " cannot import zmq (apt-get install python3-zmq)");
    }

    /** What a run printed and reported. */
    record Outcome(String out, String err, JsonNode report) {
        List<String> linesOf(String node) {
            String prefix = "[" + node + "] ";
            return out.lines().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
        }

        long at(String pointer) {
            assertTrue(!report.at(pointer).isMissingNode(), pointer + " in " + report);
            return report.at(pointer).asLong();
        }
    }

    /** Copies {@code scripts} beside the saved topology, runs it (exit 0 asserted) and reads its report. */
    static Outcome run(Path dir, Topology topology, String duration, List<String> scripts, String... extra) throws IOException {
        for (String script : scripts) {
            try (InputStream in = PythonRuns.class.getResourceAsStream(script)) {
                Files.copy(in, dir.resolve(script));
            }
        }
        Path file = dir.resolve(topology.name() + ".json");
        TopologyFiles.save(topology, file);
        Path report = dir.resolve("report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("run", file.toString(), "--allow-commands", "--duration", duration,
                "--report", report.toString()));
        args.addAll(List.of(extra));
        int code = Cli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        assertEquals(0, code, "exit code; out:\n" + out + "\nerr:\n" + err);
        return new Outcome(out.toString(), err.toString(), JSON.readTree(report.toFile()));
    }
}
