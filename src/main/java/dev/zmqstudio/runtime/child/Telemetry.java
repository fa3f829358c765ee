package dev.zmqstudio.runtime.child;

import dev.zmqstudio.model.FaultDirection;
import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.trace.Envelope;
import dev.zmqstudio.runtime.engine.WireState;

import java.util.List;
import java.util.Map;

/**
 * The messages between a child process and its parent, over one DEALER (child) / ROUTER (parent) pair, in the
 * binary form of {@link TelemetryCodec}.
 * A child sends a {@link Report} once its sockets are set up, every ~20 ms and when it stops;
 * counts are absolute (a lost or repeated report changes nothing), events and samples are since the last one.
 */
public final class Telemetry {
    enum ReportKind { READY, REPORT, FINAL }

    enum CommandKind { OWNERS, SAMPLING, GO, STOP, FAULT, PAUSE, RESUME }

    /**
     * One batch from a child. {@code towardsBinder}/{@code towardsConnector}: every wire counter of the child
     * (the parent keeps those whose counting end the child runs); {@code wireStates}: every wire's state as the
     * child sees it; {@code pressure}: per wire, {@link #PRESSURE_PER_WIRE} counters (waited, found full, expected
     * towards the binder, then towards the connector); {@code wiresAbandoned}: wires a failed node of the child
     * never set up its end of, so nothing will cross them; {@code owners}: local address -> wire of the child's own
     * tcp connections.
     */
    record Report(ReportKind kind, long pid, int ownersApplied, boolean idle,
                  Map<String, EngineSnapshot.NodeStats> nodes, List<EngineSnapshot.LinkStats> links,
                  long[] towardsBinder, long[] towardsConnector, List<WireState> wireStates, long[] pressure,
                  List<Integer> wiresReady, List<Subscription> subscriptions, List<Integer> wiresAbandoned,
                  List<Integer> forgotten,
                  Map<String, Integer> owners, List<Sample> samples, List<Line> lines) {
    }

    static final int PRESSURE_PER_WIRE = 6;

    public record Subscription(int side, String topic) {
    }

    /**
     * A trace sample; {@code seq}: its number on its wire (0: none, see {@link MessageNumbers}); {@code epochNanos}
     * is comparable across processes (nanoTime plus the child's offset); {@code preview} and {@code size} are of
     * the last frame, {@code envelope} has the frames before it.
     */
    record Sample(int side, boolean send, int wire, long seq, int hash, long epochNanos, byte[] preview, int size,
                  Envelope envelope) {
    }

    record Line(String node, String text) {
    }

    /**
     * From the parent: the connection map so far (OWNERS), which message numbers to sample (SAMPLING: the
     * parent's collector adapts the mask to the load, and both ends of a wire must sample the same numbers),
     * open the gate (GO), stop and report (STOP), change a wire's faults in the proxy the child carries it through
     * (FAULT), pause or resume the nodes named by the keys of {@code owners} (PAUSE, RESUME).
     */
    record Command(CommandKind kind, int ownersVersion, Map<String, Integer> owners, long sampleMask, Fault fault) {
        Command(CommandKind kind, int ownersVersion, Map<String, Integer> owners, long sampleMask) {
            this(kind, ownersVersion, owners, sampleMask, null);
        }

        static Command of(CommandKind kind) {
            return new Command(kind, 0, Map.of(), 0);
        }

        static Command fault(Fault fault) {
            return new Command(CommandKind.FAULT, 0, Map.of(), 0, fault);
        }
    }

    /** FAULT: set what wire {@code wire}'s network does in the child's fault proxy, or reset its connections once. */
    record Fault(int wire, boolean reset, WireFaults faults) {
    }

    private Telemetry() {
    }
}
