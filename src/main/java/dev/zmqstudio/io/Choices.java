package dev.zmqstudio.io;

import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.NodeType;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import java.util.function.Function;

/** The JSON spellings of the model's enumerations, in the order error messages list them. */
final class Choices {

    static final SequencedMap<String, NodeType> NODE_TYPES = table(NodeType.all(), NodeType::name);
    static final SequencedMap<String, Placement> PLACEMENTS = table(List.of(Placement.values()), Placement::key);
    /** A topology's default placement cannot itself be "default". */
    static final SequencedMap<String, Placement> DEFAULT_PLACEMENTS = table(
            List.of(Placement.IN_PROCESS, Placement.CHILD_PROCESS, Placement.EXTERNAL), Placement::key);
    static final SequencedMap<String, Side> SIDES = table(List.of(Side.values()), Side::key);
    static final SequencedMap<String, FaultDirection> DIRECTIONS = table(List.of(FaultDirection.values()), FaultDirection::key);

    private Choices() {
    }

    private static <E> SequencedMap<String, E> table(Iterable<E> values, Function<E, String> key) {
        SequencedMap<String, E> byKey = new LinkedHashMap<>();
        values.forEach(v -> byKey.put(key.apply(v), v));
        return Collections.unmodifiableSequencedMap(byKey);
    }
}
