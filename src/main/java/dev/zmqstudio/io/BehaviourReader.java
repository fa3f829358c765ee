package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/** Reads a socket node's "behaviour" object; absent means passive. */
final class BehaviourReader {

    /** Each kind maps to itself: {@link FieldReader#requiredChoice} checks and lists them. */
    private static final SequencedMap<String, String> KINDS = FormatFields.BEHAVIOURS.keySet().stream()
            .collect(Collectors.toMap(k -> k, k -> k, (a, b) -> a, LinkedHashMap::new));

    private BehaviourReader() {
    }

    static Behaviour read(FieldReader behaviour) throws TopologyFormatException {
        String kind = behaviour.requiredChoice("kind", KINDS);
        behaviour.allowOnly(FormatFields.BEHAVIOURS.get(kind));
        Message message = FormatFields.BEHAVIOURS.get(kind).contains("frames") ? message(behaviour) : null;
        return switch (kind) {
            case "passive" -> Behaviour.Passive.INSTANCE;
            case "generator" -> new Behaviour.Generator(
                    message.template(),
                    message.frames(),
                    behaviour.nonNegativeNumber("rate", 0),
                    behaviour.wholeNumber("count", 0, 0),
                    behaviour.strings("topics"),
                    behaviour.wholeNumber("seed", 1, Long.MIN_VALUE),
                    behaviour.bool("log", true));
            case "sink" -> new Behaviour.Sink(
                    behaviour.bool("log", true),
                    behaviour.string("format", Behaviour.Sink.DEFAULT_FORMAT),
                    behaviour.string("aggregate", null),
                    behaviour.string("record", null),
                    behaviour.nonNegativeNumber("workMillis", 0),
                    behaviour.string("countBy", null));
            case "replier" -> new Behaviour.Replier(
                    message.template(),
                    message.frames(),
                    behaviour.bool("log", true));
            case "requester" -> new Behaviour.Requester(
                    message.template(),
                    message.frames(),
                    behaviour.nonNegativeNumber("rate", 0),
                    behaviour.wholeNumber("count", 0, 0),
                    behaviour.bool("log", true));
            case "broker" -> new Behaviour.Broker(
                    behaviour.string("store", null),
                    behaviour.wholeNumber("keep", 0, 0),
                    behaviour.nonNegativeNumber("maxAgeSeconds", 0),
                    behaviour.bool("log", false));
            case "producer" -> new Behaviour.Producer(
                    behaviour.requiredString("topic"),
                    behaviour.string("template", null),
                    behaviour.nonNegativeNumber("rate", 0),
                    behaviour.wholeNumber("count", 0, 0),
                    behaviour.wholeNumber("seed", 1, Long.MIN_VALUE),
                    behaviour.bool("log", true));
            case "consumer" -> new Behaviour.Consumer(
                    behaviour.requiredString("topic"),
                    behaviour.string("group", null),
                    behaviour.intNumber("max", 100, 1, Behaviour.Consumer.MAX_BATCH),
                    behaviour.string("dedupe", null),
                    behaviour.bool("log", true),
                    behaviour.string("format", Behaviour.Sink.DEFAULT_FORMAT),
                    behaviour.string("aggregate", null),
                    behaviour.string("countBy", null));
            default -> throw new IllegalStateException("kind table and reader disagree on " + kind);
        };
    }

    /** What a behaviour sends: exactly one of "template" (one frame) and "frames" (a template per frame). */
    private record Message(String template, List<String> frames) {
    }

    private static Message message(FieldReader behaviour) throws TopologyFormatException {
        if (!behaviour.has("frames")) {
            if (!behaviour.has("template")) {
                throw behaviour.missing("\"template\" (or \"frames\")");
            }
            return new Message(behaviour.requiredString("template"), List.of());
        }
        if (behaviour.has("template")) {
            throw behaviour.misplaced("template", "and \"frames\" cannot both be given in " + behaviour.context()
                    + "; keep \"template\" for a one-frame message or \"frames\" for one template per frame");
        }
        List<String> frames = behaviour.strings("frames");
        if (frames.isEmpty()) {
            throw behaviour.errorAtField("frames", "\"frames\" is empty in " + behaviour.context()
                    + "; give one template per frame, e.g. [\"{topic}\", \"data {n}\"]");
        }
        return new Message(null, frames);
    }
}
