package dev.zmqstudio.runtime.device;

import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Endpoint;
import dev.zmqstudio.model.EndpointSyntaxException;
import dev.zmqstudio.model.Transport;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import org.zeromq.ZContext;

import java.util.List;

/**
 * Which ZeroMQ context a device's sockets belong to. A STREAMER or FORWARDER reached only over tcp or ipc gets a
 * context of its own, so its own I/O thread encodes and decodes its traffic, as a device run as its own program
 * does: sharing the run's one I/O thread, every message through it cost that thread twice what a direct wire costs
 * (docs/decisions/device-speed.md). The others share the run's:
 * <ul>
 * <li>a QUEUE: its lockstep round trips wait on each cross-thread hop a second I/O thread adds;</li>
 * <li>a device with an inproc endpoint: inproc only reaches sockets of the same context;</li>
 * <li>a device on a virtual thread (one of many runners), or past the first {@value #AT_MOST} in a process: each
 * context is a platform I/O thread and {@value #DESCRIPTORS} file descriptors more;</li>
 * <li>a device of a run with CURVE: the key checker serves the run's context only, and a context without one lets
 * every key in.</li>
 * </ul>
 */
public final class DeviceContext {
    /** Devices per process with a context of their own; more I/O threads than this gain nothing on a few cores. */
    public static final int AT_MOST = 4;
    /** What one more context with a device's two sockets holds (measured: 28 against 12 in the run's context). */
    public static final int DESCRIPTORS = 16;

    private DeviceContext() {
    }

    /** A context of its own for the device, or null: its sockets are the run's. */
    static ZContext ownFor(RunContext ctx, DeviceType type, List<RunPlan.SidePlan> sides, boolean ownThread) {
        if (!deserves(type, sides, ownThread, ctx.curve != null) || ctx.deviceContexts.incrementAndGet() > AT_MOST) {
            return null;
        }
        return new ZContext(1);
    }

    /** Whether a device may have a context of its own, the per-process cap aside. */
    static boolean deserves(DeviceType type, List<RunPlan.SidePlan> sides, boolean ownThread, boolean secured) {
        return mayHaveItsOwn(type) && ownThread && !secured && sides.stream().noneMatch(DeviceContext::usesInproc);
    }

    /** Whether a device of this type, run in this process, may get a context of its own (for the descriptor count). */
    public static boolean mayHaveItsOwn(DeviceType type) {
        return type != DeviceType.QUEUE;
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
