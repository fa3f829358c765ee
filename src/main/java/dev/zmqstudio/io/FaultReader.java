package dev.zmqstudio.io;

import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.ScenarioTime;
import dev.zmqstudio.model.WireFaults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a wire's {@code faults} and the topology's {@code scenario}: their shape and ranges, located. */
final class FaultReader {

    private FaultReader() {
    }

    /** Null when the wire has no {@code faults}. */
    static WireFaults faults(FieldReader wire) throws TopologyFormatException {
        Optional<FieldReader> found = wire.object("faults", "the faults of " + wire.context());
        if (found.isEmpty()) {
            return null;
        }
        FieldReader f = found.get();
        f.allowOnly(FormatFields.FAULTS);
        int latency = millis(f, "latencyMs", "latency");
        int jitter = millis(f, "jitterMs", "jitter");
        if (jitter > latency) {
            String name = f.has("jitter") ? "jitter" : "jitterMs";
            throw f.errorAtField(name, "\"" + name + "\" (" + jitter + " ms) cannot be more than the latency ("
                    + latency + " ms): a message is never delayed less than not at all; lower it or raise the latency");
        }
        long bandwidth = f.has("bandwidth") ? namedBandwidth(f) : bandwidth(f, "bytesPerSecond");
        return new WireFaults(latency, jitter, bandwidth, f.bool("cut", false),
                f.choice("direction", Choices.DIRECTIONS, FaultDirection.BOTH));
    }

    /**
     * A time in ms, from {@code canonical} (a whole number of ms) or its short form {@code alias} (ms as a number, or
     * "20ms", "1.5s"), not both.
     */
    private static int millis(FieldReader f, String canonical, String alias) throws TopologyFormatException {
        if (f.has(canonical) && f.has(alias)) {
            throw f.misplaced(alias, "says again what \"" + canonical + "\" says; keep one of them");
        }
        if (!f.has(alias)) {
            return f.intNumber(canonical, 0, 0, WireFaults.MAX_LATENCY_MS);
        }
        Json value = f.raw(alias).orElseThrow();
        if (value instanceof Json.Num) {
            return f.intNumber(alias, 0, 0, WireFaults.MAX_LATENCY_MS);
        }
        long ms = value instanceof Json.Str text ? ScenarioTime.parseMillis(text.value()) : -1;
        if (ms < 0 || ms > WireFaults.MAX_LATENCY_MS) {
            throw f.errorAtField(alias, "\"" + alias + "\" takes milliseconds (a number) or a time such as \"20ms\" or"
                    + " \"1.5s\", at most " + WireFaults.MAX_LATENCY_MS / 1000 + " s");
        }
        return (int) ms;
    }

    private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(B|kB|KB|MB|GB|bit|kbit|Kbit|Mbit|Gbit)/s");

    /** {@code "bandwidth"}: bytes a second as a number, or a rate such as "100kB/s", "1.5MB/s", "10Mbit/s". */
    private static long namedBandwidth(FieldReader f) throws TopologyFormatException {
        if (f.has("bytesPerSecond")) {
            throw f.misplaced("bandwidth", "says again what \"bytesPerSecond\" says; keep one of them");
        }
        Json value = f.raw("bandwidth").orElseThrow();
        if (value instanceof Json.Num) {
            return bandwidth(f, "bandwidth");
        }
        java.util.regex.Matcher m = value instanceof Json.Str text ? RATE.matcher(text.value().trim()) : null;
        if (m == null || !m.matches()) {
            throw f.errorAtField("bandwidth", "\"bandwidth\" takes bytes a second (a number) or a rate such as"
                    + " \"100kB/s\", \"1.5MB/s\" or \"10Mbit/s\"");
        }
        double perSecond = Double.parseDouble(m.group(1)) * switch (m.group(2)) {
            case "B" -> 1;
            case "kB", "KB" -> 1e3;
            case "MB" -> 1e6;
            case "GB" -> 1e9;
            case "bit" -> 1 / 8.0;
            case "kbit", "Kbit" -> 1e3 / 8;
            case "Mbit" -> 1e6 / 8;
            default -> 1e9 / 8;
        };
        long bytes = Math.round(perSecond);
        if (bytes != 0 && (bytes < WireFaults.MIN_BYTES_PER_SECOND || bytes > WireFaults.MAX_BYTES_PER_SECOND)) {
            throw f.errorAtField("bandwidth", "\"bandwidth\" must be 1 kB/s to 10 GB/s (or 0 for no cap), not "
                    + ((Json.Str) value).value());
        }
        return bytes;
    }

    private static long bandwidth(FieldReader f, String name) throws TopologyFormatException {
        long bandwidth = f.wholeNumber(name, 0, 0);
        if (bandwidth != 0 && bandwidth < WireFaults.MIN_BYTES_PER_SECOND) {
            throw f.errorAtField(name, "\"" + name + "\" must be at least " + WireFaults.MIN_BYTES_PER_SECOND
                    + " (or 0 for no cap), not " + bandwidth);
        }
        if (bandwidth > WireFaults.MAX_BYTES_PER_SECOND) {
            throw f.errorAtField(name, "\"" + name + "\" must be at most " + WireFaults.MAX_BYTES_PER_SECOND
                    + " (10 GB/s; 0 for no cap), not " + bandwidth);
        }
        return bandwidth;
    }

    static List<ScenarioEvent> scenario(FieldReader top) throws TopologyFormatException {
        List<Json> items = top.array("scenario");
        List<ScenarioEvent> events = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            events.add(event(top.item(items.get(i), "scenario", "scenario event " + (i + 1))));
        }
        return events;
    }

    private static ScenarioEvent event(FieldReader e) throws TopologyFormatException {
        e.allowOnly(FormatFields.SCENARIO_EVENT);
        String at = e.requiredString("at");
        long millis = ScenarioTime.parseMillis(at);
        if (millis < 0) {
            throw e.errorAtField("at", "\"" + at + "\" is not a time; write " + ScenarioTime.FORMS);
        }
        ScenarioAction action = null;
        for (ScenarioAction candidate : ScenarioAction.values()) {
            if (e.has(candidate.key())) {
                if (action != null) {
                    throw e.misplaced(candidate.key(), "is a second action in one event (\"" + action.key()
                            + "\" came first); put each action in an event of its own");
                }
                action = candidate;
            }
        }
        if (action == null) {
            throw e.missing("naming what to do (one of " + String.join(", ",
                    java.util.Arrays.stream(ScenarioAction.values()).map(a -> "\"" + a.key() + "\"").toList()) + ")");
        }
        String target = e.requiredString(action.key());
        for (String value : List.of("ms", "jitterMs", "bytesPerSecond")) {
            boolean belongs = switch (value) {
                case "bytesPerSecond" -> action == ScenarioAction.BANDWIDTH;
                default -> action == ScenarioAction.LATENCY;
            };
            if (e.has(value) && !belongs) {
                throw e.misplaced(value, "does not belong to a \"" + action.key() + "\" event");
            }
        }
        if (action == ScenarioAction.LATENCY) {
            e.require("ms");
            int latency = e.intNumber("ms", 0, 0, WireFaults.MAX_LATENCY_MS);
            int jitter = e.intNumber("jitterMs", 0, 0, WireFaults.MAX_LATENCY_MS);
            if (jitter > latency) {
                throw e.errorAtField("jitterMs", "\"jitterMs\" (" + jitter + ") cannot be more than \"ms\" (" + latency
                        + "); lower it or raise the latency");
            }
            return new ScenarioEvent(millis, action, target, latency, jitter, 0);
        }
        if (action == ScenarioAction.BANDWIDTH) {
            e.require("bytesPerSecond");
            return new ScenarioEvent(millis, action, target, 0, 0, bandwidth(e, "bytesPerSecond"));
        }
        return ScenarioEvent.of(millis, action, target);
    }
}
