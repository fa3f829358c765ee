package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Link;
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
        assertEquals(1, DescriptorBudget.check(pairs(200, Placement.DEFAULT), limit).size());
        assertEquals(1, asked.get());
        assertEquals(DescriptorBudget.BASE + DescriptorBudget.PER_SOCKET * 20, DescriptorBudget.needed(pairs(10, Placement.DEFAULT)));
    }

    @Test
    void aWireWithFaultsCountsItsProxyWhereItsConnectorRuns() {
        Topology plain = pairs(10, Placement.DEFAULT);
        Topology faulted = plain.replaceWire(plain.wire("w3").orElseThrow().withFaults(dev.zmqstudio.model.WireFaults.NONE))
                .withScenario(List.of(dev.zmqstudio.model.ScenarioEvent.of(1000, dev.zmqstudio.model.ScenarioAction.CUT, "w4")));
        assertEquals(DescriptorBudget.needed(plain) + 2 * DescriptorBudget.PER_FAULT_PROXY, DescriptorBudget.needed(faulted));
        Topology childConnectors = faulted.mapNodes(n -> n.id().startsWith("pull-") ? n.withPlacement(Placement.CHILD_PROCESS) : n);
        assertEquals(DescriptorBudget.BASE + DescriptorBudget.PER_SOCKET * 10, DescriptorBudget.needed(childConnectors),
                "the children open those proxies, and the pullers' sockets");
    }

    /** {@code count} PUSH -> PULL pairs, every node in the one process named {@code process}. */
    private static Topology named(int count, String process) {
        Topology t = pairs(count, Placement.DEFAULT);
        return t.mapNodes(n -> n.withProcess(process));
    }

    @Test
    void aNamedProcessTooLargeForOneProcessIsNamedWithItsNumbersAndTheFix() {
        List<Problem> problems = DescriptorBudget.check(named(1700, "workers"), () -> java.util.OptionalLong.of(20_000));
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.getFirst();
        assertEquals("too-many-files", p.code());
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals(Problem.SubjectKind.NODE, p.subjectKind());
        assertEquals("push-0", p.subjectId(), "the process's first node, where the designer can show it");
        assertEquals("process", p.field());
        assertEquals("process 'workers' (3,400 nodes) holds 3,400 sockets, which need about 20,528 file descriptors;"
                + " a process may open 20,000 here (ulimit -n), so some of its nodes would fail to start", p.message());
        assertEquals("give part of its nodes another process name (about 2,645 sockets fit in one process here), or"
                + " clear their process name so that a run places them itself", p.fix());
    }

    @Test
    void namedProcessesThatFitSayNothingAndEachProcessCountsAlone() {
        assertTrue(DescriptorBudget.check(named(1000, "workers"), () -> java.util.OptionalLong.of(20_000)).isEmpty());
        Topology twoProcesses = pairs(1700, Placement.DEFAULT)
                .mapNodes(n -> n.withProcess(Integer.parseInt(n.id().replaceAll("\\D", "")) % 2 == 0 ? "even" : "odd"));
        assertTrue(DescriptorBudget.check(twoProcesses, () -> java.util.OptionalLong.of(20_000)).isEmpty(),
                "1,700 sockets in each of two processes fit");
    }

    @Test
    void linkedNodesPlacedInAChildProcessShareItAndAreCountedTogether() {
        Topology t = pairs(1700, Placement.CHILD_PROCESS);
        List<Link> links = new ArrayList<>();
        for (int i = 1; i < 1700; i++) {
            links.add(Link.of("l" + i, "pull-" + (i - 1), "pull-" + i));
        }
        Topology linked = new Topology(t.name(), "", t.settings(), t.nodes(), t.wires(), links)
                .mapNodes(n -> n.id().startsWith("pull-") ? n : n.withPlacement(Placement.IN_PROCESS));
        List<Problem> problems = DescriptorBudget.checkChildren(linked, 5_000);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("pull-0", problems.getFirst().subjectId());
        assertTrue(problems.getFirst().message().startsWith("the child process of 'pull-0' and the 1,699 nodes linked to it"
                + " holds 1,700 sockets, which need about 10,328 file descriptors; a process may open 5,000 here"), problems.toString());
    }
}
