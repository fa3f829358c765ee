package dev.zmqstudio.runtime.device;

import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.runtime.engine.RunPlan;
import org.zeromq.ZContext;

import java.util.List;

/**
 * Which ZeroMQ context a device's sockets belong to. A device reached only over tcp or ipc gets a context of its
 * own, so its own I/O thread encodes and decodes its traffic, as a device run as its own program does: sharing the
 * run's one I/O thread, every message through it cost that thread twice what a direct wire costs (measured in
 * {@code bench --devices}: docs/decisions/devices.md). An inproc endpoint only reaches sockets of the same context,
 * so a device with one shares the run's; so does a device on a virtual thread (one of many runners), whose own
 * I/O thread would be one more platform thread per device.
 */
final class DeviceContext {
    private DeviceContext() {
    }

    /** A context of its own for a device with these sides, or null: it uses the run's. */
    static ZContext ownFor(DeviceType type, List<RunPlan.SidePlan> sides, boolean ownThread) {
        if (type == DeviceType.QUEUE || !ownThread || sides.stream().anyMatch(DeviceContext::usesInproc)) {
            return null;
        }
        return new ZContext(1);
    }

    private static boolean usesInproc(RunPlan.SidePlan side) {
        return side.wires().stream().anyMatch(w -> w.carried() == Transport.INPROC)
                || side.spec().binds().stream().anyMatch(DeviceContext::isInproc);
    }

    private static boolean isInproc(String endpoint) {
        try {
            return Endpoint.parse(endpoint).transport() == Transport.INPROC;
        } catch (EndpointSyntaxException e) {
            return true; // the run's context reports it, as for any socket
        }
    }
}
