package dev.zmqstudio.record;

import dev.zmqstudio.model.WireFaults;
import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.fault.ScenarioPlayer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The events of a run, read off its snapshots: each change of a node's or a wire's state, each new error, each
 * drop a publisher counted, each fault applied (by hand or by the scenario). One instance per recording; not
 * thread-safe.
 */
final class RunEvents {
    private final Map<String, String> nodeStates = new HashMap<>();
    private final Map<String, Long> nodeErrors = new HashMap<>();
    private final Map<String, String> wireStates = new HashMap<>();
    private final Map<String, Long> wireDrops = new HashMap<>();
    private final Map<String, WireFaults> wireFaults = new HashMap<>();
    private int scenarioSeen;

    /** What changed since the last snapshot, stamped {@code atNanos} (since the recording began). */
    List<RunEvent> since(EngineSnapshot s, long atNanos, Function<String, Optional<WireFaults>> faults) {
        List<RunEvent> out = new ArrayList<>();
        for (EngineSnapshot.NodeStats n : s.nodes().values()) {
            String state = n.state().key();
            if (!state.equals(nodeStates.put(n.id(), state))) {
                out.add(new RunEvent(atNanos, RunEvent.NODE_STATE, n.id(), null,
                        n.state() == dev.zmqstudio.runtime.engine.NodeState.ERROR && n.error() != null
                                ? state + ": " + n.error() : state));
            }
            long errors = n.errors().count();
            long before = nodeErrors.getOrDefault(n.id(), 0L);
            if (errors > before) {
                nodeErrors.put(n.id(), errors);
                out.add(new RunEvent(atNanos, RunEvent.ERROR, n.id(), null, before == 0 ? n.errors().first()
                        : (errors - before) + " more (" + errors + " in all)"));
            }
        }
        for (EngineSnapshot.WireStats w : s.wires().values()) {
            String state = w.state().key();
            if (!state.equals(wireStates.put(w.id(), state))) {
                out.add(new RunEvent(atNanos, RunEvent.WIRE_STATE, null, w.id(), state));
            }
            long before = wireDrops.getOrDefault(w.id(), 0L);
            if (w.dropped() > before) {
                wireDrops.put(w.id(), w.dropped());
                out.add(new RunEvent(atNanos, RunEvent.DROP, null, w.id(),
                        (w.dropped() - before) + " dropped (" + w.dropped() + " in all)"));
            }
            WireFaults now = faults.apply(w.id()).orElse(WireFaults.NONE);
            WireFaults was = wireFaults.put(w.id(), now);
            if (!now.equals(was == null ? WireFaults.NONE : was)) {
                out.add(new RunEvent(atNanos, RunEvent.FAULT, null, w.id(), now.equals(WireFaults.NONE) ? "no faults (healed, cleared)" : now.label()));
            }
        }
        return out;
    }

    /** The scenario events played since last asked, each at the time it was applied. */
    List<RunEvent> played(List<ScenarioPlayer.Played> played, long gateNanosSinceStart) {
        List<RunEvent> out = new ArrayList<>();
        for (int i = scenarioSeen; i < played.size(); i++) {
            ScenarioPlayer.Played p = played.get(i);
            String target = p.event().target();
            boolean node = switch (p.event().action()) {
                case KILL, RESTART, PAUSE, RESUME -> true;
                default -> false;
            };
            out.add(new RunEvent(gateNanosSinceStart + p.appliedMillis() * 1_000_000L, RunEvent.FAULT, node ? target : null,
                    node ? null : target, "scenario: " + p.event().describe() + (p.applied() ? "" : " (not applied: " + p.problem() + ")")));
        }
        scenarioSeen = played.size();
        return out;
    }
}
