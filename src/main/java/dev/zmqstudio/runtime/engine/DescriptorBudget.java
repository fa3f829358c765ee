package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.DeviceNode;
import dev.zmqstudio.model.Link;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.device.DeviceContext;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Whether one process can hold a topology's sockets: each socket a run opens in this process costs about six file
 * descriptors (measured: 7,243 open for 1,200 nodes; its mailbox, the I/O thread's share, its connections), and past
 * the process's limit ({@code ulimit -n}) nodes fail to start. Nodes placed in child processes count in their own
 * processes; programs we do not run count nowhere. Past the limit a run moves nodes to child processes
 * ({@link ProcessPacking}), and validation says so.
 */
final class DescriptorBudget {
    static final int PER_SOCKET = 6;
    /** A fault proxy's listener and the two ends of the connection it carries. */
    static final int PER_FAULT_PROXY = 3;
    /** What the JVM, the jars and the engine's own sockets hold before the first node. */
    static final int BASE = 128;

    private DescriptorBudget() {
    }

    /** The descriptors a run of {@code topology} needs in this process. */
    static long needed(Topology topology) {
        return BASE + PER_SOCKET * sockets(topology) + PER_FAULT_PROXY * faultProxies(topology)
                + (long) DeviceContext.DESCRIPTORS * Math.min(DeviceContext.AT_MOST, devicesWithTheirOwnContext(topology));
    }

    /** Devices run here that may get a ZeroMQ context of their own, each holding a few descriptors more. */
    private static long devicesWithTheirOwnContext(Topology topology) {
        return topology.nodes().stream()
                .filter(n -> n instanceof DeviceNode d && DeviceContext.mayHaveItsOwn(d.type()))
                .filter(n -> runsHere(topology, n))
                .count();
    }

    private static boolean runsHere(Topology topology, Node node) {
        Placement placement = topology.placementOf(node);
        return placement != Placement.CHILD_PROCESS && placement != Placement.EXTERNAL;
    }

    /** The sockets this process opens for the topology's nodes. */
    private static long sockets(Topology topology) {
        long sockets = 0;
        for (Node node : topology.nodes()) {
            if (runsHere(topology, node)) {
                sockets += node.sides().size();
            }
        }
        return sockets;
    }

    /** Wires this process carries through a fault proxy: faulted, with their connecting node run here. */
    private static long faultProxies(Topology topology) {
        return topology.wires().stream()
                .filter(topology::carriesFaults)
                .filter(w -> topology.node(w.from()).map(n -> runsHere(topology, n)).orElse(false))
                .count();
    }

    /** A warning when the run needs more descriptors than {@code limit}; none when it fits. */
    static Optional<Problem> check(Topology topology, long limit) {
        long needed = needed(topology);
        if (needed <= limit) {
            return Optional.empty();
        }
        ProcessPacking.Packing packing = ProcessPacking.of(topology, limit);
        return Optional.of(new Problem(Problem.Severity.WARNING, "too-many-files", Problem.SubjectKind.TOPOLOGY, null,
                String.format(Locale.ROOT, "runs %,d sockets in one process, which need about %,d file descriptors;"
                        + " this process may open %,d (ulimit -n), so a run places %,d of the nodes in %d child process%s",
                        sockets(topology), needed, limit, packing.moved(), packing.children(),
                        packing.children() == 1 ? "" : "es"),
                "to choose which nodes go, place them in child processes yourself (placement \"child-process\"),"
                        + " or raise the limit (ulimit -n)"));
    }

    /**
     * Warnings for the child processes the file forms itself (a process name, or nodes placed "child-process" and
     * joined by links) that need more descriptors than {@code limit}: a run cannot move their nodes elsewhere, so
     * some would fail to start.
     */
    static List<Problem> checkChildren(Topology topology, long limit) {
        return checkChildren(childProcesses(topology), limit);
    }

    private static List<Problem> checkChildren(List<ChildGroup> children, long limit) {
        long capacity = Math.max(1, (long) ((limit * ProcessPacking.FILL - BASE) / PER_SOCKET));
        List<Problem> problems = new ArrayList<>();
        for (ChildGroup group : children) {
            if (group.needed() <= limit) {
                continue;
            }
            String which = group.process() != null
                    ? String.format(Locale.ROOT, "process '%s' (%,d node%s)", group.process(), group.nodes(), group.nodes() == 1 ? "" : "s")
                    : String.format(Locale.ROOT, "the child process of '%s' and the %,d node%s linked to it", group.first(),
                    group.nodes() - 1, group.nodes() == 2 ? "" : "s");
            String fix = group.process() != null
                    ? String.format(Locale.ROOT, "give part of its nodes another process name (about %,d sockets fit in one"
                    + " process here), or clear their process name so that a run places them itself", capacity)
                    : "place some of these nodes in-process or in other child processes, or link fewer of them together";
            problems.add(new Problem(Problem.Severity.WARNING, "too-many-files", Problem.SubjectKind.NODE, group.first(),
                    String.format(Locale.ROOT, "%s holds %,d sockets, which need about %,d file descriptors; a process may"
                            + " open %,d here (ulimit -n), so some of its nodes would fail to start", which, group.sockets(),
                            group.needed(), limit), fix, "", group.process() != null ? "process" : null));
        }
        return problems;
    }

    /** One child process as the file forms it: its name (null for a group of linked nodes), first node, size. */
    record ChildGroup(String process, String first, int nodes, long sockets) {
        long needed() {
            return BASE + PER_SOCKET * sockets;
        }
    }

    /** The child processes the file's placements form: named processes, and linked nodes placed "child-process". */
    static List<ChildGroup> childProcesses(Topology topology) {
        IdGroups linked = new IdGroups();
        for (Node node : topology.nodes()) {
            if (topology.placementOf(node) == Placement.CHILD_PROCESS) {
                linked.add(node.id());
            }
        }
        for (Link link : topology.links()) {
            if (linked.contains(link.from()) && linked.contains(link.to())) {
                linked.join(link.from(), link.to());
            }
        }
        Map<String, ChildGroup> groups = new LinkedHashMap<>();
        for (Node node : topology.nodes()) {
            if (!linked.contains(node.id())) {
                continue;
            }
            String key = node.process() != null ? "process " + node.process() : "linked " + linked.root(node.id());
            ChildGroup known = groups.get(key);
            groups.put(key, known == null
                    ? new ChildGroup(node.process(), node.id(), 1, node.sides().size())
                    : new ChildGroup(known.process(), known.first(), known.nodes() + 1, known.sockets() + node.sides().size()));
        }
        return List.copyOf(groups.values());
    }

    /**
     * Warnings when a run of {@code topology} needs more descriptors than a process of this machine may open, in this
     * process or in a child process the file forms. Below 1,024 (no usual limit is lower) the limit is not even
     * read: validation runs on every edit in the designer.
     */
    static List<Problem> checkThisMachine(Topology topology) {
        return check(topology, () -> ProcessLimit.VALUE);
    }

    /** {@code limit} is asked only for a topology that could exceed a usual limit. */
    static List<Problem> check(Topology topology, java.util.function.Supplier<OptionalLong> limit) {
        List<ChildGroup> children = childProcesses(topology);
        long largest = Math.max(needed(topology), children.stream().mapToLong(ChildGroup::needed).max().orElse(0));
        if (largest <= 1024) {
            return List.of();
        }
        OptionalLong value = limit.get();
        if (value.isEmpty()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        check(topology, value.getAsLong()).ifPresent(problems::add);
        problems.addAll(checkChildren(children, value.getAsLong()));
        return problems;
    }

    /** This process's limit on open file descriptors, where the platform tells it. */
    static OptionalLong processLimit() {
        return ProcessLimit.VALUE;
    }

    /** This process's limit on open file descriptors, read once, where the platform tells it. */
    private static final class ProcessLimit {
        static final OptionalLong VALUE = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? OptionalLong.of(unix.getMaxFileDescriptorCount()) : OptionalLong.empty();
    }
}
