package dev.zmqstudio.runtime.device;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.DeviceType;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.engine.RunPlan;
import org.junit.jupiter.api.Test;
import org.zeromq.ZContext;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Which devices get a ZeroMQ context (so an I/O thread) of their own: docs/decisions/device-speed.md. */
class DeviceContextTest {

    private static List<RunPlan.SidePlan> sides(DeviceType type, String front, String back) {
        Topology t = new Topology("t", "", Settings.DEFAULTS, List.of(DeviceNode.of("d", type, front, back)), List.of(),
                List.of());
        RunPlan plan = RunPlan.of(t);
        return List.of(plan.side("d", Side.FRONTEND), plan.side("d", Side.BACKEND));
    }

    @Test
    void aStreamerOrForwarderReachedOnlyOverTcpOrIpcHasItsOwn() {
        for (DeviceType type : List.of(DeviceType.STREAMER, DeviceType.FORWARDER)) {
            try (ZContext own = DeviceContext.ownFor(type, sides(type, "tcp://127.0.0.1:40001", "ipc:///tmp/zs-dc"), true)) {
                assertNotNull(own, type.name());
            }
        }
    }

    @Test
    void aQueueSharesTheRunsContextItsRoundTripsWouldWaitOnASecondIoThread() {
        assertNull(DeviceContext.ownFor(DeviceType.QUEUE,
                sides(DeviceType.QUEUE, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002"), true));
    }

    @Test
    void aDeviceWithAnInprocBindOrWireSharesTheRunsContextAsInprocOnlyReachesItsOwnContext() {
        assertNull(DeviceContext.ownFor(DeviceType.STREAMER,
                sides(DeviceType.STREAMER, "inproc://front", "tcp://127.0.0.1:40002"), true));
        assertNull(DeviceContext.ownFor(DeviceType.STREAMER,
                sides(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "inproc://back"), true));
    }

    @Test
    void aDeviceOnASharedCarrierSharesTheRunsContextRatherThanAddAnIoThread() {
        assertNull(DeviceContext.ownFor(DeviceType.STREAMER,
                sides(DeviceType.STREAMER, "tcp://127.0.0.1:40001", "tcp://127.0.0.1:40002"), false));
    }
}
