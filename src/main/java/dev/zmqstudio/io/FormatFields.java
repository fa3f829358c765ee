package dev.zmqstudio.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The field names format 1 allows in each kind of object, in the order they are written. The reader
 * rejects anything else; a test checks that topology.schema.json lists exactly these.
 */
final class FormatFields {

    static final int FORMAT = 1;

    static final List<String> TOPOLOGY =
            List.of("$schema", "format", "name", "description", "settings", "nodes", "wires", "links", "scenario");
    static final List<String> SETTINGS = List.of("waitForConnections", "placement", "expressionBudgetMs", "logPublisher", "curve");
    static final List<String> SOCKET_NODE =
            List.of("id", "type", "label", "binds", "options", "behaviour", "placement", "process", "host", "command",
                    "logs", "layout");
    static final List<String> DEVICE_NODE =
            List.of("id", "type", "label", "frontend", "backend", "placement", "process", "host", "command",
                    "layout");
    static final List<String> DEVICE_SIDE = List.of("binds", "options");
    static final List<String> OPTIONS = List.of("sendHwm", "receiveHwm", "subscriptions", "identity");
    static final List<String> LAYOUT = List.of("x", "y");
    static final List<String> WIRE = List.of("id", "from", "fromSide", "to", "toSide", "endpoint", "faults", "curve");
    /** The short forms "latency", "jitter" (ms or "20ms") and "bandwidth" (bytes/s or "1MB/s") are read too. */
    static final List<String> FAULTS = List.of("latencyMs", "jitterMs", "bytesPerSecond", "cut", "direction",
            "latency", "jitter", "bandwidth");
    /** "at", then exactly one action key naming its wire or node, then the action's values. */
    static final List<String> SCENARIO_EVENT = List.of("at", "cut", "heal", "reset", "latency", "bandwidth", "clear",
            "kill", "restart", "pause", "resume", "ms", "jitterMs", "bytesPerSecond");
    static final List<String> LINK = List.of("id", "from", "to", "filter", "transform");

    /** Behaviour kind -> its fields. */
    static final SequencedMap<String, List<String>> BEHAVIOURS = Collections.unmodifiableSequencedMap(behaviours());

    private static SequencedMap<String, List<String>> behaviours() {
        SequencedMap<String, List<String>> kinds = new LinkedHashMap<>();
        kinds.put("passive", List.of("kind"));
        kinds.put("generator", List.of("kind", "template", "frames", "rate", "count", "topics", "seed", "log"));
        kinds.put("sink", List.of("kind", "log", "format", "aggregate", "countBy", "record", "workMillis"));
        kinds.put("replier", List.of("kind", "template", "frames", "log"));
        kinds.put("requester", List.of("kind", "template", "frames", "rate", "count", "log"));
        kinds.put("broker", List.of("kind", "store", "keep", "maxAgeSeconds", "log"));
        kinds.put("producer", List.of("kind", "topic", "template", "rate", "count", "seed", "log"));
        kinds.put("consumer", List.of("kind", "topic", "group", "max", "dedupe", "log", "format", "aggregate", "countBy"));
        return kinds;
    }

    /** Every table by the name of its definition in the schema ("#" is the root object). */
    static Map<String, List<String>> byDefinition() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put("#", TOPOLOGY);
        tables.put("settings", SETTINGS);
        tables.put("socketNode", SOCKET_NODE);
        tables.put("deviceNode", DEVICE_NODE);
        tables.put("deviceSide", DEVICE_SIDE);
        tables.put("options", OPTIONS);
        tables.put("layout", LAYOUT);
        tables.put("wire", WIRE);
        tables.put("faults", FAULTS);
        tables.put("scenarioEvent", SCENARIO_EVENT);
        tables.put("link", LINK);
        BEHAVIOURS.forEach(tables::put);
        return tables;
    }

    private FormatFields() {
    }
}
