package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** validate says when one process cannot hold a topology's sockets, with the numbers and the fix. */
class DescriptorBudgetTest {

    private static Topology pairs(int count, Placement pullers) {
        List<Node> nodes = new ArrayList<>();
        List<Wire> wires = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(SocketNode.of("push-" + i, SocketType.PUSH, Behaviour.Generator.of("m", 1, 1), "tcp://127.0.0.1:" + (7000 + i)));
            nodes.add(SocketNode.of("pull-" + i, SocketType.PULL, Behaviour.Sink.logging()).withPlacement(pullers));
            wires.add(Wire.of("w" + i, "pull-" + i, "push-" + i, "tcp://127.0.0.1:" + (7000 + i)));
        }
        return new Topology("many", "", Settings.DEFAULTS, nodes, wires, List.of());
    }

    @Test
    void threeThousandNodesInOneProcessAreMoreThanTwentyThousandDescriptorsHold() {
        Problem p = DescriptorBudget.check(pairs(1700, Placement.DEFAULT), 20_000).orElseThrow();
        assertEquals("too-many-files", p.code());
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals("runs 3,400 sockets in one process, which need about 20,528 file descriptors; this process may open"
                + " 20,000 (ulimit -n), so a run places 755 of the nodes in 1 child process", p.message());
        assertTrue(p.fix().contains("child processes yourself"), p.fix());
    }

    @Test
    void nodesPlacedInChildProcessesCountInTheirOwnProcesses() {
        assertTrue(DescriptorBudget.check(pairs(1700, Placement.CHILD_PROCESS), 20_000).isEmpty());
        assertTrue(DescriptorBudget.check(pairs(1000, Placement.DEFAULT), 20_000).isEmpty());
    }

    @Test
    void smallTopologiesNeverAskTheMachine() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<java.util.OptionalLong> limit = () -> {
            asked.incrementAndGet();
            return java.util.OptionalLong.of(10);
        };
        assertTrue(DescriptorBudget.check(pairs(10, Placement.DEFAULT), limit).isEmpty());
        assertEquals(0, asked.get(), "a small topology does not read the limit");
        assertTrue(DescriptorBudget.check(pairs(200, Placement.DEFAULT), limit).isPresent());
        assertEquals(1, asked.get());
        assertEquals(DescriptorBudget.BASE + DescriptorBudget.PER_SOCKET * 20, DescriptorBudget.needed(pairs(10, Placement.DEFAULT)));
    }
}
