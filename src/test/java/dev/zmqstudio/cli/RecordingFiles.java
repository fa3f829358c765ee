package dev.zmqstudio.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Small recordings made for real, for the tests of inspect and export. */
final class RecordingFiles {
    private RecordingFiles() {
    }

    /**
     * A topology where a PUSH generator sends {@code count} messages over inproc to a STREAMER device and on to a PULL
     * sink: one hop through a device; the generator's second frame makes every message two frames.
     */
    static Path throughAStreamer(Path dir, int count, int rate) throws IOException {
        String json = """
                {
                  "format": 1,
                  "name": "recorded",
                  "description": "A generator, a streamer, a sink.",
                  "settings": { "waitForConnections": true, "placement": "in-process" },
                  "nodes": [
                    { "id": "gen", "type": "PUSH", "label": "Gen", "binds": [],
                      "behaviour": { "kind": "generator", "frames": ["job", "payload {n}"], "rate": %d, "count": %d },
                      "placement": "default", "layout": { "x": 100, "y": 100 } },
                    { "id": "dev", "type": "STREAMER", "label": "Dev",
                      "frontend": { "binds": ["inproc://rec-in"] }, "backend": { "binds": ["inproc://rec-out"] },
                      "placement": "default", "layout": { "x": 300, "y": 100 } },
                    { "id": "sink", "type": "PULL", "label": "Sink", "binds": [], "behaviour": { "kind": "sink" },
                      "placement": "default", "layout": { "x": 500, "y": 100 } }
                  ],
                  "wires": [
                    { "id": "in", "from": "gen", "to": "dev", "toSide": "frontend", "endpoint": "inproc://rec-in" },
                    { "id": "out", "from": "sink", "to": "dev", "toSide": "backend", "endpoint": "inproc://rec-out" }
                  ],
                  "links": []
                }
                """.formatted(rate, count);
        return Files.writeString(dir.resolve("recorded.json"), json);
    }

    /** Runs {@code topology} with --record into {@code recording} and checks it ran cleanly. */
    static void record(Path topology, Path recording, String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", topology.toString(), "--duration", "30s",
                "--record", recording.toString()));
        args.addAll(java.util.List.of(extra));
        CliHarness run = CliHarness.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err() + run.out());
    }
}
