package dev.zmqstudio.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The latencies a cell's sinks recorded (their CSV: received_us, node, sender, topic, latency_us, size, payload,
 * frames), as the study's lines: publisher, topic, latency.
 */
final class LatencyRows {
    record Row(String subscriber, String publisher, String topic, long latencyUs) {
    }

    private static final Pattern PUBLISHER = Pattern.compile("\"\"pub\"\": \"\"([^\"]+)\"\"");

    private LatencyRows() {
    }

    static List<Row> read(Path folder) throws IOException {
        List<Row> rows = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return rows;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.skip(1).forEach(line -> parse(line, rows));
            }
        }
        return rows;
    }

    /** The first six columns hold no commas or quotes (times, ids, a topic word, numbers); the payload follows. */
    private static void parse(String line, List<Row> rows) {
        String[] c = line.split(",", 7);
        if (c.length < 7 || c[4].isEmpty()) {
            return; // a message without a send time: nothing to measure
        }
        Matcher m = PUBLISHER.matcher(c[6]);
        rows.add(new Row(c[1], m.find() ? m.group(1) : c[2], c[3], Long.parseLong(c[4])));
    }
}
