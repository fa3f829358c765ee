package dev.zmqstudio.runtime.behaviour;

import dev.zmqstudio.runtime.engine.Clock;
import dev.zmqstudio.runtime.engine.NodeFailure;
import dev.zmqstudio.runtime.engine.OutputFolder;

import org.HdrHistogram.Histogram;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * One CSV row per received message: receive time, node, sender node, topic, latency (when the payload carries
 * a JSON "sent_us" field stamped with {time_us}), size and payload (of the last frame, as before messages had frames)
 * and every frame, as a JSON array of {@link Frames#text}s ({@code ["B","We would like to see this"]}). Keeps the latencies' percentiles for a
 * closing summary line, so two recordings (a broker path and a direct one) compare at a glance.
 */
public final class CsvRecorder implements AutoCloseable {
    public static final String HEADER = "received_us,node,sender,topic,latency_us,size,payload,frames";

    private final BufferedWriter out;
    private final String path;
    private final Histogram latencies = new Histogram(1, 60_000_000L, 3);
    private long rows;

    /** Records to {@code relative} in {@code folder}, which refuses paths that would leave it. */
    public CsvRecorder(OutputFolder folder, String relative) {
        this.path = folder.describe(relative);
        try {
            out = new BufferedWriter(new OutputStreamWriter(folder.create(relative), StandardCharsets.UTF_8));
            out.write(HEADER);
            out.newLine();
            // Parse once now (before generators start): the JSON parser's first use costs ~100 ms of class loading,
            // which would otherwise land on the first messages' measured latency.
            new MessageView("{\"sent_us\": 0}", 0, "", 0).json();
        } catch (IOException e) {
            throw new NodeFailure("cannot write the record file " + path + ": " + e.getMessage(), e);
        }
    }

    public void record(String node, String sender, MessageView message) {
        long now = Clock.epochMicros();
        String latency = "";
        if (message.json() instanceof java.util.Map<?, ?> map && map.get("sent_us") instanceof Number sent) {
            long micros = now - sent.longValue();
            latency = Long.toString(micros);
            latencies.recordValue(Math.clamp(micros, 1, latencies.getHighestTrackableValue()));
        }
        rows++;
        try {
            out.write(now + "," + field(node) + "," + field(sender) + "," + field(message.topic()) + ","
                    + latency + "," + message.size() + "," + field(message.msg()) + "," + field(Frames.json(message.frames())));
            out.newLine();
        } catch (IOException e) {
            throw new NodeFailure("cannot write the record file " + path + ": " + e.getMessage(), e);
        }
    }

    /** "recorded 400 rows to latency.csv; latency p50 210 us, p99 950 us" (no latency part without sent_us). */
    public String summary() {
        String latency = latencies.getTotalCount() == 0 ? "; no latency (payloads carry no \"sent_us\")"
                : "; latency p50 " + latencies.getValueAtPercentile(50) + " us, p99 " + latencies.getValueAtPercentile(99) + " us";
        return "recorded " + rows + " rows to " + path + latency;
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; null as empty. */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // nothing more can be saved
        }
    }
}
