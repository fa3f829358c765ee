package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wires whose end one socket has set up: those reaching an endpoint it bound, and those it connected. When its
 * node fails part-way, the others will never carry anything (see {@link StartGate#failed}). Its runner's thread only.
 */
final class OpenedWires {
    private final RunPlan.SidePlan side;
    private final Set<Integer> opened = new HashSet<>();

    OpenedWires(RunPlan.SidePlan side) {
        this.side = side;
    }

    void bound(String bind) {
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(bind);
        } catch (EndpointSyntaxException e) {
            endpoint = null; // JeroMQ took what we cannot read: assume it serves every wire to this socket
        }
        for (RunPlan.WirePlan w : side.wires()) {
            if (w.binder() == side && (endpoint == null || w.endpoint.reaches(endpoint))) {
                opened.add(w.index);
            }
        }
    }

    void connected(RunPlan.WirePlan wire) {
        opened.add(wire.index);
    }

    List<Integer> unopened() {
        return side.wires().stream().map(w -> w.index).filter(w -> !opened.contains(w)).toList();
    }
}
