package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.model.WireFaults;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** Tells an edit made while running that only changes wires' faults (which apply live) from any other. */
final class LiveFaults {

    private LiveFaults() {
    }

    /**
     * The wires whose faults {@code after} changes (wire id -> new faults, null for none), when that is all the
     * edit changed; null when it changed anything else, or nothing.
     */
    static Map<String, WireFaults> changedFaults(Topology before, Topology after) {
        if (before.wires().size() != after.wires().size()) {
            return null;
        }
        Map<String, WireFaults> changed = new HashMap<>();
        for (int i = 0; i < before.wires().size(); i++) {
            Wire b = before.wires().get(i);
            Wire a = after.wires().get(i);
            if (!Objects.equals(b.faults(), a.faults())) {
                changed.put(a.id(), a.faults());
                b = b.withFaults(a.faults());
            }
            if (!b.equals(a)) {
                return null;
            }
        }
        if (changed.isEmpty()) {
            return null;
        }
        boolean restSame = before.name().equals(after.name()) && before.description().equals(after.description())
                && before.settings().equals(after.settings()) && before.nodes().equals(after.nodes())
                && before.links().equals(after.links()) && before.scenario().equals(after.scenario());
        return restSame ? changed : null;
    }

    /** The console line for a fault applied live (or not). */
    static String describe(String wireId, WireFaults faults, boolean applied) {
        if (!applied || faults == null) {
            return "note: wire " + wireId + "'s network changes from the next Run (it runs without a fault proxy now)";
        }
        String what = faults.cut() ? "cut" : faults.any() ? faults.label() : "no faults";
        return "Wire " + wireId + ": " + what + " (applied to the running system)";
    }
}
