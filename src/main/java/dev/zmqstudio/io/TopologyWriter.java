package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Command;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.ScenarioTime;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a topology out as format 1 JSON. Key order is fixed (see {@link FormatFields}) and defaults that
 * would only add noise are left out, so a saved file diffs well and reads back to an equal model.
 */
final class TopologyWriter {

    private TopologyWriter() {
    }

    static String toJson(Topology topology) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FormatFields.FORMAT);
        root.put("name", topology.name());
        root.put("description", topology.description());
        root.put("settings", settings(topology));
        root.put("nodes", topology.nodes().stream().map(TopologyWriter::node).toList());
        root.put("wires", topology.wires().stream().map(TopologyWriter::wire).toList());
        root.put("links", topology.links().stream().map(TopologyWriter::link).toList());
        if (!topology.scenario().isEmpty()) {
            root.put("scenario", topology.scenario().stream().map(TopologyWriter::event).toList());
        }
        return JsonPrinter.print(root);
    }

    private static Map<String, Object> settings(Topology topology) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("waitForConnections", topology.settings().waitForConnections());
        settings.put("placement", topology.settings().defaultPlacement().key());
        if (topology.settings().expressionBudgetMs() != Settings.DEFAULT_EXPRESSION_BUDGET_MS) {
            settings.put("expressionBudgetMs", topology.settings().expressionBudgetMs());
        }
        putIfPresent(settings, "logPublisher", topology.settings().logPublisher());
        if (topology.settings().curve()) {
            settings.put("curve", true);
        }
        return settings;
    }

    private static Map<String, Object> node(Node node) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", node.id());
        json.put("type", node.type().name());
        json.put("label", node.label());
        switch (node) {
            case SocketNode socket -> {
                putSocket(json, socket.socket());
                json.put("behaviour", behaviour(socket.behaviour()));
            }
            case DeviceNode device -> {
                json.put("frontend", deviceSide(device.frontend()));
                json.put("backend", deviceSide(device.backend()));
            }
        }
        json.put("placement", node.placement().key());
        if (node.process() != null) {
            json.put("process", node.process());
        }
        putIfPresent(json, "host", node.host());
        if (node.hasCommand()) {
            Command command = node.command();
            json.put("command", command.oneLine() ? String.join(" ", command.argv()) : command.argv());
        }
        putIfPresent(json, "logs", node.logs());
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("x", node.position().x());
        layout.put("y", node.position().y());
        json.put("layout", layout);
        return json;
    }

    private static Map<String, Object> deviceSide(SocketSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        putSocket(json, spec);
        return json;
    }

    private static void putSocket(Map<String, Object> json, SocketSpec spec) {
        json.put("binds", spec.binds());
        if (!spec.options().equals(SocketOptions.DEFAULTS)) {
            json.put("options", options(spec.options()));
        }
    }

    private static Map<String, Object> options(SocketOptions options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sendHwm", options.sendHwm());
        json.put("receiveHwm", options.receiveHwm());
        json.put("subscriptions", options.subscriptions());
        putIfPresent(json, "identity", options.identity());
        return json;
    }

    private static Map<String, Object> behaviour(Behaviour behaviour) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", behaviour.kind());
        switch (behaviour) {
            case Behaviour.Passive passive -> {
            }
            case Behaviour.Generator g -> {
                putMessage(json, g.template(), g.frames());
                json.put("rate", g.rate());
                json.put("count", g.count());
                json.put("topics", g.topics());
                json.put("seed", g.seed());
                json.put("log", g.log());
            }
            case Behaviour.Sink s -> {
                json.put("log", s.log());
                json.put("format", s.format());
                putIfPresent(json, "aggregate", s.aggregate());
                putIfPresent(json, "countBy", s.countBy());
                putIfPresent(json, "record", s.record());
                if (s.workMillis() > 0) {
                    json.put("workMillis", s.workMillis());
                }
            }
            case Behaviour.Replier r -> {
                putMessage(json, r.template(), r.frames());
                json.put("log", r.log());
            }
            case Behaviour.Broker b -> {
                putIfPresent(json, "store", b.store());
                if (b.keep() > 0) {
                    json.put("keep", b.keep());
                }
                if (b.maxAgeSeconds() > 0) {
                    json.put("maxAgeSeconds", b.maxAgeSeconds());
                }
                json.put("log", b.log());
            }
            case Behaviour.Producer p -> {
                json.put("topic", p.topic());
                putIfPresent(json, "template", p.template());
                json.put("rate", p.rate());
                json.put("count", p.count());
                json.put("seed", p.seed());
                json.put("log", p.log());
            }
            case Behaviour.Consumer c -> {
                json.put("topic", c.topic());
                putIfPresent(json, "group", c.group());
                json.put("max", c.max());
                putIfPresent(json, "dedupe", c.dedupe());
                json.put("log", c.log());
                json.put("format", c.format());
                putIfPresent(json, "aggregate", c.aggregate());
                putIfPresent(json, "countBy", c.countBy());
            }
            case Behaviour.Requester r -> {
                putMessage(json, r.template(), r.frames());
                json.put("rate", r.rate());
                json.put("count", r.count());
                json.put("log", r.log());
            }
        }
        return json;
    }

    private static Map<String, Object> wire(Wire wire) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", wire.id());
        json.put("from", required(wire.from()));
        putSide(json, "fromSide", wire.fromSide());
        json.put("to", required(wire.to()));
        putSide(json, "toSide", wire.toSide());
        json.put("endpoint", required(wire.endpoint()));
        if (wire.faults() != null) {
            json.put("faults", faults(wire.faults()));
        }
        if (wire.curve()) {
            json.put("curve", true);
        }
        return json;
    }

    /** Only what is set: {@code "faults": {}} is a wire made ready for faults applied while it runs. */
    private static Map<String, Object> faults(WireFaults faults) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (faults.latencyMs() > 0) {
            json.put("latencyMs", faults.latencyMs());
        }
        if (faults.jitterMs() > 0) {
            json.put("jitterMs", faults.jitterMs());
        }
        if (faults.bytesPerSecond() > 0) {
            json.put("bytesPerSecond", faults.bytesPerSecond());
        }
        if (faults.cut()) {
            json.put("cut", true);
        }
        if (faults.direction() != FaultDirection.BOTH) {
            json.put("direction", faults.direction().key());
        }
        return json;
    }

    private static Map<String, Object> event(ScenarioEvent event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("at", ScenarioTime.format(event.atMillis()));
        json.put(event.action().key(), event.target());
        if (event.action() == ScenarioAction.LATENCY) {
            json.put("ms", event.latencyMs());
            if (event.jitterMs() > 0) {
                json.put("jitterMs", event.jitterMs());
            }
        }
        if (event.action() == ScenarioAction.BANDWIDTH) {
            json.put("bytesPerSecond", event.bytesPerSecond());
        }
        return json;
    }

    private static void putSide(Map<String, Object> json, String key, Side side) {
        if (side != Side.MAIN) {
            json.put(key, side.key());
        }
    }

    private static Map<String, Object> link(Link link) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", link.id());
        json.put("from", required(link.from()));
        json.put("to", required(link.to()));
        putIfPresent(json, "filter", link.filter());
        putIfPresent(json, "transform", link.transform());
        return json;
    }

    /** "frames" when the message has a template per frame, else its one "template". */
    private static void putMessage(Map<String, Object> json, String template, List<String> frames) {
        if (frames.isEmpty()) {
            json.put("template", required(template));
        } else {
            json.put("frames", frames);
        }
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /**
     * A field the format requires but the model may hold as null while being edited: saved as "" so the
     * user's work is kept, and the validator then explains what is missing.
     */
    private static String required(String value) {
        return value == null ? "" : value;
    }
}
