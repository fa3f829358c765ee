package dev.zmqstudio.io;

import dev.zmqstudio.model.Behaviour;

import java.util.LinkedHashMap;
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
        return switch (kind) {
            case "passive" -> Behaviour.Passive.INSTANCE;
            case "generator" -> new Behaviour.Generator(
                    behaviour.requiredString("template"),
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
                    behaviour.nonNegativeNumber("workMillis", 0));
            case "replier" -> new Behaviour.Replier(
                    behaviour.requiredString("template"),
                    behaviour.bool("log", true));
            case "requester" -> new Behaviour.Requester(
                    behaviour.requiredString("template"),
                    behaviour.nonNegativeNumber("rate", 0),
                    behaviour.wholeNumber("count", 0, 0),
                    behaviour.bool("log", true));
            default -> throw new IllegalStateException("kind table and reader disagree on " + kind);
        };
    }
}
