package dev.zmqstudio.runtime.device;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.runtime.engine.RunContext;
import dev.zmqstudio.runtime.engine.RunPlan;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which devices get a ZeroMQ context (so an I/O thread) of their own: docs/decisions/device-speed.md. */
class DeviceContextTest {

    private static List<RunPlan.SidePlan> sides(Topology t) {
        RunPlan plan = RunPlan.of(t);
        return List.of(plan.side("d", Side.FRONTEND), plan.side("d", Side.BACKEND));
    }

    private static Topology device(DeviceType type, String front, String back) {
        return new Topology("t", "", Settings.DEFAULTS, List.of(DeviceNode.of("d", type, front, back)), List.of(), List.of());
    }

    /** Whether a device of {@code type} binding {@code front} and {@code back} would get a context of its own. */
    private static boolean deserves(DeviceType type, String front, String back, boolean ownThread, boolean secured) {
        return DeviceContext.deserves(type, sides(device(type, front, back)), ownThread, secured);
    }

    @Test
    void aStreamerOrForwarderReachedOnlyOverTcpOrIpcHasItsOwn() {
        for (DeviceType type : List.of(DeviceType.STREAMER, DeviceType.FORWARDER)) {
            assertTrue(deserves(type, "tcp://127.0.0.1:40001", "ipc:///tmp/zs-dc", true, false), type.name());
        }
    }

    @Test
    void aQueueSharesTheRunsContextItsRoundTripsWouldWaitOnASecondIoThread() {
        assertFalse(deserves(DeviceType.QUEUE, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002", true, false));
    }

    @Test
    void aDeviceWithAnInprocBindSharesTheRunsContextAsInprocOnlyReachesItsOwnContext() {
        assertFalse(deserves(DeviceType.STREAMER, "inproc://front", "tcp://127.0.0.1:40002", true, false));
        assertFalse(deserves(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "inproc://back", true, false));
    }

    @Test
    void aDeviceConnectingToAnInprocBindSharesTheRunsContext() {
        DeviceNode streamer = new DeviceNode("d", "", DeviceType.STREAMER, SocketSpec.of(SocketType.PULL, "tcp://127.0.0.1:40001"),
                SocketSpec.of(SocketType.PUSH), Placement.DEFAULT, Position.ORIGIN);
        Node sink = SocketNode.of("sink", SocketType.PULL, new Behaviour.Sink(false, null, null, null), "inproc://sink");
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(streamer, sink),
                List.of(new Wire("w", "d", Side.BACKEND, "sink", Side.MAIN, "inproc://sink")), List.of());
        assertFalse(DeviceContext.deserves(DeviceType.STREAMER, sides(t), true, false));
    }

    @Test
    void aDeviceOnASharedCarrierSharesTheRunsContextRatherThanAddAnIoThread() {
        assertFalse(deserves(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002", false, false));
    }

    @Test
    void aDeviceOfARunWithCurveSharesTheRunsContextWhereTheKeyCheckerIs() {
        assertFalse(deserves(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002", true, true));
    }

    @Test
    void onlyTheFirstFewDevicesOfAProcessGetOneEachLaterOnesShareTheRuns() {
        Topology t = device(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002");
        RunPlan plan = RunPlan.of(t);
        RunContext ctx = new RunContext(plan, null, List.of(), null);
        List<ZContext> own = new ArrayList<>();
        try {
            for (int i = 0; i < DeviceContext.AT_MOST + 2; i++) {
                ZContext c = DeviceContext.ownFor(ctx, DeviceType.STREAMER, sides(t), true);
                if (c != null) {
                    own.add(c);
                }
            }
            assertEquals(DeviceContext.AT_MOST, own.size());
            assertNull(DeviceContext.ownFor(ctx, DeviceType.STREAMER, sides(t), true));
        } finally {
            own.forEach(ZContext::close);
        }
    }
}
