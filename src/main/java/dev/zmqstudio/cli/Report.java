package dev.zmqstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.zmqstudio.runtime.behaviour.AggregateStats;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.engine.Engine;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.fault.ScenarioPlayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The run report as JSON with stable keys (DESIGN.md, "Report JSON"). */
final class Report {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Report() {
    }

    /**
     * Why the report cannot be written to {@code file}, or empty: checked before a run starts, so that a wrong path
     * does not cost the run's numbers at its end.
     */
    static Optional<String> whyNotWritable(Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (Files.isDirectory(target)) {
            return Optional.of("it is a folder");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            return Optional.of("the folder " + folder + " does not exist");
        }
        if (Files.exists(target) ? !Files.isWritable(target) : !Files.isWritable(folder)) {
            return Optional.of((Files.exists(target) ? "the file" : "the folder " + folder) + " is not writable");
        }
        return Optional.empty();
    }

    /** The faults of a run: what each carried wire's network did at the end, and the scenario as it was played. */
    record Faults(Map<String, WireFaults> wires, List<ScenarioPlayer.Played> played) {
        static final Faults NONE = new Faults(Map.of(), List.of());

        static Faults of(Engine engine) {
            Map<String, WireFaults> wires = new LinkedHashMap<>();
            engine.topology().wires().forEach(w -> engine.faults(w.id()).ifPresent(f -> wires.put(w.id(), f)));
            return new Faults(wires, engine.scenarioPlayed());
        }
    }

    static Map<String, Object> of(String topologyName, Duration elapsed, EngineSnapshot s) {
        return of(topologyName, elapsed, s, Faults.NONE);
    }

    static Map<String, Object> of(String topologyName, Duration elapsed, EngineSnapshot s, Faults faults) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("topology", topologyName);
        root.put("duration_ms", elapsed.toMillis());
        Map<String, Object> nodes = new LinkedHashMap<>();
        s.nodes().values().forEach(n -> nodes.put(n.id(), node(n)));
        root.put("nodes", nodes);
        Map<String, Object> wires = new LinkedHashMap<>();
        s.wires().values().forEach(w -> {
            Map<String, Object> m = wire(w);
            WireFaults f = faults.wires().get(w.id());
            if (f != null) {
                m.put("faults", faults(f));
            }
            wires.put(w.id(), m);
        });
        root.put("wires", wires);
        Map<String, Object> links = new LinkedHashMap<>();
        s.links().values().forEach(l -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", l.from());
            m.put("to", l.to());
            m.put("passed", l.passed());
            m.put("filtered", l.filtered());
            links.put(l.id(), m);
        });
        root.put("links", links);
        if (!faults.played().isEmpty()) {
            root.put("scenario", faults.played().stream().map(Report::played).toList());
        }
        return root;
    }

    private static Map<String, Object> faults(WireFaults f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latency_ms", f.latencyMs());
        m.put("jitter_ms", f.jitterMs());
        m.put("bytes_per_second", f.bytesPerSecond());
        m.put("cut", f.cut());
        m.put("direction", f.direction().key());
        return m;
    }

    private static Map<String, Object> played(ScenarioPlayer.Played p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("at_ms", p.event().atMillis());
        m.put("applied_ms", p.appliedMillis());
        m.put("action", p.event().action().key());
        m.put("target", p.event().target());
        m.put("event", p.event().describe());
        m.put("applied", p.applied());
        if (!p.applied()) {
            m.put("problem", p.problem());
        }
        return m;
    }

    private static Map<String, Object> node(EngineSnapshot.NodeStats n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", n.type());
        m.put("sent", n.sent());
        m.put("received", n.received());
        m.put("frames_sent", n.framesSent());
        m.put("frames_received", n.framesReceived());
        m.put("state", n.state().key());
        if (n.error() != null) {
            m.put("error", n.error());
        }
        if (!n.sides().isEmpty()) {
            Map<String, Object> sides = new LinkedHashMap<>();
            n.sides().forEach((side, st) -> sides.put(side, Map.of("type", st.type(), "sent", st.sent(), "received", st.received())));
            m.put("sides", sides);
        }
        if (n.perSender().size() > 1 || (n.perSender().size() == 1 && n.received() > 0)) {
            m.put("per_sender", n.perSender());
        }
        AggregateStats.Snapshot a = n.aggregate();
        if (a != null) {
            Map<String, Object> agg = new LinkedHashMap<>();
            agg.put("count", a.count());
            agg.put("sum", a.sum());
            agg.put("average", Double.isNaN(a.average()) ? null : a.average());
            agg.put("min", Double.isNaN(a.min()) ? null : a.min());
            agg.put("max", Double.isNaN(a.max()) ? null : a.max());
            m.put("aggregate", agg);
        }
        if (n.countsBy() != null) {
            m.put("counts_by", n.countsBy());
        }
        if (n.queue() != null) {
            m.put("queue", queue(n.queue()));
        }
        Map<String, Object> errors = new LinkedHashMap<>();
        errors.put("count", n.errors().count());
        errors.put("first", n.errors().first());
        m.put("errors", errors);
        return m;
    }

    /** A broker's topics (depth, each consumer's committed offset and lag), a producer's or a consumer's progress. */
    private static Map<String, Object> queue(EngineSnapshot.QueueFacts q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", q.role());
        switch (q.role()) {
            case "broker" -> {
                Map<String, Object> topics = new LinkedHashMap<>();
                q.topics().forEach((name, t) -> {
                    Map<String, Object> topic = new LinkedHashMap<>();
                    topic.put("first", t.first());
                    topic.put("next", t.next());
                    topic.put("depth", t.depth());
                    Map<String, Object> consumers = new LinkedHashMap<>();
                    t.committed().forEach((consumer, offset) -> consumers.put(consumer,
                            Map.of("committed", offset, "lag", Math.max(0, t.next() - offset))));
                    topic.put("consumers", consumers);
                    topics.put(name, topic);
                });
                m.put("topics", topics);
            }
            case "producer" -> {
                m.put("topic", q.topic());
                m.put("published", q.published());
                m.put("resent", q.resent());
            }
            default -> {
                m.put("topic", q.topic());
                m.put("consumed", q.consumed());
                m.put("redelivered", q.redelivered());
                m.put("committed", q.committed());
                m.put("lag", q.lag());
            }
        }
        return m;
    }

    /**
     * The report's {@code log_publisher}: its endpoint, the lines published and dropped, or the error that kept it
     * from binding; null when the topology has no log publisher.
     */
    static Map<String, Object> logPublisher(dev.zmqstudio.model.Topology topology, dev.zmqstudio.runtime.engine.Engine engine) {
        String endpoint = topology.settings().logPublisher();
        if (endpoint == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("endpoint", endpoint);
        engine.logPublisher().ifPresent(stats -> {
            m.put("published", stats.published());
            m.put("dropped", stats.dropped());
        });
        if (engine.logPublisherError() != null) {
            m.put("error", engine.logPublisherError());
        }
        return m;
    }

    private static Map<String, Object> wire(EngineSnapshot.WireStats w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", w.from());
        m.put("to", w.to());
        if (w.sender() == null) {
            m.put("flow", null);
        } else {
            Map<String, Object> flow = new LinkedHashMap<>();
            flow.put("sender", w.sender());
            flow.put("receiver", w.receiver());
            m.put("flow", flow);
        }
        m.put("messages", w.messages());
        m.put("exact", w.exact());
        m.put("state", w.state().key());
        if (w.dropped() > 0) {
            m.put("dropped", w.dropped());
        }
        if (w.latencyP50Micros() == null) {
            m.put("latency_us", null);
        } else {
            Map<String, Object> latency = new LinkedHashMap<>();
            latency.put("p50", w.latencyP50Micros());
            latency.put("p99", w.latencyP99Micros());
            latency.put("samples", w.latencySamples());
            m.put("latency_us", latency);
        }
        return m;
    }

    static void write(Path file, Map<String, Object> report) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(report) + System.lineSeparator());
    }
}
