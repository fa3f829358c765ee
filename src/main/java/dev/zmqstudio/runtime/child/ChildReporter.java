package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.Clock;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.gate.GateEvents;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunnerSet;
import dev.zmqstudio.runtime.engine.SnapshotBuilder;
import dev.zmqstudio.runtime.engine.SocketHandle;
import dev.zmqstudio.runtime.trace.TraceRing;
import dev.zmqstudio.runtime.engine.WireRuntime;
import dev.zmqstudio.runtime.engine.WireState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In a child process: gathers what the parent needs into {@link Telemetry.Report}s: the nodes' numbers, the
 * wire counters and states, what the start gate saw, the child's own tcp connections, trace samples (with a
 * clock the parent can compare) and log lines. Telemetry thread only.
 */
final class ChildReporter {
    private static final int MAX_SAMPLES = 4096;
    private static final int MAX_LINES = 5_000;

    private final RunContext ctx;
    private final RunnerSet runners;
    private final SnapshotBuilder snapshots;
    private final GateEvents gate;
    private final LineQueue lines;
    private final Set<Integer> ownSides;
    private final long epochOffset = Clock.epochOffsetNanos();
    private final List<Telemetry.Sample> samples = new ArrayList<>();
    private Map<String, Integer> ownersSent = Map.of();

    ChildReporter(RunContext ctx, RunnerSet runners, GateEvents gate, LineQueue lines, Set<Integer> ownSides) {
        this.ctx = ctx;
        this.runners = runners;
        this.snapshots = new SnapshotBuilder(ctx, runners.units(), runners.devices());
        this.gate = gate;
        this.lines = lines;
        this.ownSides = ownSides;
    }

    List<TraceRing> rings() {
        return snapshots.handles().stream().map(h -> h.ring).toList();
    }

    /** Moves pending trace samples out of the rings (every few ms, so the rings keep room). */
    void collectSamples() {
        for (SocketHandle h : snapshots.handles()) {
            h.ring.drain((ring, send, wire, seq, hash, nanos, preview, size, envelope) -> {
                if (samples.size() < MAX_SAMPLES) {
                    samples.add(new Telemetry.Sample(ring.sideIndex, send, wire, seq, hash, nanos + epochOffset,
                            Arrays.copyOf(preview, Math.min(size, preview.length)), size, envelope));
                }
            });
        }
    }

    boolean hasLines() {
        return !lines.isEmpty();
    }

    Telemetry.Report report(Telemetry.ReportKind kind, int ownersApplied) {
        // Gate events first, then the connection map: a wire reported ready always has its connection known.
        List<Integer> ready = gate.drainWiresReady();
        List<Telemetry.Subscription> subscriptions = gate.drainSubscriptions();
        List<Integer> abandoned = gate.drainWiresAbandoned();
        List<Integer> forgotten = gate.drainForgotten();
        Map<String, Integer> owners = ownConnections();
        Map<String, Integer> ownersChanged = owners.equals(ownersSent) ? Map.of() : owners;
        ownersSent = owners;
        EngineSnapshot snapshot = snapshots.build();
        List<EngineSnapshot.LinkStats> links = snapshot.links().values().stream()
                .filter(l -> runners.node(l.from()) != null).toList();
        int n = ctx.wires.size();
        long[] toBinder = new long[n];
        long[] toConnector = new long[n];
        List<WireState> states = new ArrayList<>(n);
        long[] pressure = new long[n * Telemetry.PRESSURE_PER_WIRE];
        for (int i = 0; i < n; i++) {
            WireRuntime w = ctx.wires.get(i);
            toBinder[i] = w.towardsBinder.get();
            toConnector[i] = w.towardsConnector.get();
            states.add(w.state());
            System.arraycopy(w.pressureTowardsBinder.values(), 0, pressure, i * Telemetry.PRESSURE_PER_WIRE, 3);
            System.arraycopy(w.pressureTowardsConnector.values(), 0, pressure, i * Telemetry.PRESSURE_PER_WIRE + 3, 3);
        }
        List<Telemetry.Sample> batch = List.copyOf(samples);
        samples.clear();
        return new Telemetry.Report(kind, ProcessHandle.current().pid(), ownersApplied, runners.idle() && lines.isEmpty(),
                snapshot.nodes(), links, toBinder, toConnector, states, pressure, ready, subscriptions, abandoned, forgotten,
                ownersChanged, batch, lines.drain(MAX_LINES));
    }

    private Map<String, Integer> ownConnections() {
        Map<String, Integer> own = new HashMap<>();
        ctx.connectionOwners.forEach((address, wire) -> {
            if (ownSides.contains(ctx.plan.wires.get(wire).connector().index())) {
                own.put(address, wire);
            }
        });
        return own;
    }
}
