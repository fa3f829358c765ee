package dev.zmqstudio.record;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.RunPlan;

import java.util.HashMap;
import java.util.Map;

/**
 * Which recorded messages a wire's live count holds, so that a replay and a summary show the numbers the run showed.
 * A wire counts each direction at one end ({@link RunPlan}): the receiving end counts a message once it takes it, so a
 * message that was sent and never received (its sender's process was killed with it still queued, say) is on the
 * recording but not in a receiver-counted wire's count; a sender-counted wire counts it as sent.
 */
public final class CountedOnWire {
    private final Map<String, RunPlan.WirePlan> wires = new HashMap<>();

    private CountedOnWire(Topology topology) {
        RunPlan.of(topology).wires.forEach(w -> wires.put(w.wire.id(), w));
    }

    public static CountedOnWire of(Topology topology) {
        return new CountedOnWire(topology);
    }

    /** Whether a message on {@code wire} from {@code sender} (null: not known) is in the wire's count. */
    public boolean counts(String wire, String sender, boolean received) {
        if (received) {
            return true;
        }
        RunPlan.WirePlan w = wires.get(wire);
        if (w == null || sender == null) {
            return true;
        }
        boolean towardsBinder = sender.equals(w.connector().node().id());
        if (!towardsBinder && !sender.equals(w.binder().node().id())) {
            return true;
        }
        RunPlan.SidePlan countingEnd = towardsBinder ? w.countsToBinder : w.countsToConnector;
        RunPlan.SidePlan receivingEnd = towardsBinder ? w.binder() : w.connector();
        return countingEnd != receivingEnd;
    }
}
