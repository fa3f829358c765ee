package dev.zmqstudio.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The latencies a run's sinks recorded (their CSV: received_us, node, sender, topic, latency_us, size, payload,
 * frames), written out as the study's lines (subscriber, publisher, topic, latency) and kept only as numbers: a large
 * run has hundreds of thousands of them.
 */
final class LatencyRows {
    static final String HEADER = "subscriber,publisher,topic,latency_us";
    private static final Pattern PUBLISHER = Pattern.compile("\"\"pub\"\": \"\"([^\"]+)\"\"");

    private LatencyRows() {
    }

    /** Writes {@code out} from the CSVs in {@code sinks}; returns every latency in microseconds, sorted. */
    static long[] copy(Path sinks, Path out) throws IOException {
        long[] latencies = new long[1024];
        int n = 0;
        List<Path> files = List.of();
        if (Files.isDirectory(sinks)) {
            try (Stream<Path> list = Files.list(sinks)) {
                files = list.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.newLine();
            for (Path file : files) {
                try (Stream<String> lines = Files.lines(file)) {
                    for (String line : (Iterable<String>) lines.skip(1)::iterator) {
                        String[] c = line.split(",", 7);
                        if (c.length < 7 || c[4].isEmpty()) {
                            continue; // a message without a send time: nothing to measure
                        }
                        long us = Long.parseLong(c[4]);
                        Matcher m = PUBLISHER.matcher(c[6]);
                        w.write(c[1] + "," + (m.find() ? m.group(1) : c[2]) + "," + c[3] + "," + us);
                        w.newLine();
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = us;
                    }
                }
            }
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        return sorted;
    }
}
