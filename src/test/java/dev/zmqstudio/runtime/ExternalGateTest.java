package dev.zmqstudio.runtime;

import dev.zmqstudio.runtime.gate.GatePlanner;
import dev.zmqstudio.runtime.engine.RunPlan;
import dev.zmqstudio.runtime.gate.StartGate;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Side;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketOptions;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start gate waits for a subscriber program that connects to our publisher, and for what the file says it subscribes to. */
@Timeout(10)
class ExternalGateTest {
    private final RunPlan plan = RunPlan.of(Topology.empty("ext")
            .withNode(SocketNode.of("pub", SocketType.PUB, Behaviour.Generator.of("{n}", 10, 10), "tcp://127.0.0.1:6001"))
            .withNode(new SocketNode("program", "", new SocketSpec(SocketType.SUB, List.of(),
                    SocketOptions.DEFAULTS.withSubscriptions(List.of("10001", "10002"))), Behaviour.Passive.INSTANCE,
                    Placement.EXTERNAL, null, null))
            .withWire(Wire.of("w1", "program", "pub", "tcp://127.0.0.1:6001")));
    private final StartGate gate = new StartGate();
    private final int pub = plan.side("pub", Side.MAIN).index();

    ExternalGateTest() {
        GatePlanner.plan(plan, gate);
        gate.arm(TimeUnit.MINUTES.toNanos(1), true);
    }

    @Test
    void itWaitsForTheProgramToConnectAndForEveryTopicItDeclares() {
        assertEquals("wire w1 is not connected; pub has not seen a subscription to \"10001\", a subscription to \"10002\"",
                gate.pendingDescription(plan));
        gate.wireReady(0);
        gate.subscriptionSeen(pub, "10001");
        assertFalse(gate.isOpen(), "\"10002\" is still on its way");
        assertEquals("pub has not seen a subscription to \"10002\"", gate.pendingDescription(plan));
        gate.subscriptionSeen(pub, "10002");
        assertTrue(gate.isOpen());
    }
}
