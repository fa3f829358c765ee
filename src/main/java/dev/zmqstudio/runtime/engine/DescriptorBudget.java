package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Placement;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;

import java.lang.management.ManagementFactory;
import java.util.Locale;
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
    /** What the JVM, the jars and the engine's own sockets hold before the first node. */
    static final int BASE = 128;

    private DescriptorBudget() {
    }

    /** The descriptors a run of {@code topology} needs in this process. */
    static long needed(Topology topology) {
        long sockets = 0;
        for (Node node : topology.nodes()) {
            Placement placement = topology.placementOf(node);
            if (placement != Placement.CHILD_PROCESS && placement != Placement.EXTERNAL) {
                sockets += node.sides().size();
            }
        }
        return BASE + PER_SOCKET * sockets;
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
                        (needed - BASE) / PER_SOCKET, needed, limit, packing.moved(), packing.children(),
                        packing.children() == 1 ? "" : "es"),
                "to choose which nodes go, place them in child processes yourself (placement \"child-process\"),"
                        + " or raise the limit (ulimit -n)"));
    }

    /**
     * A warning when a run of {@code topology} needs more descriptors than this process may open. Below 1,024 (no
     * usual limit is lower) the limit is not even read: validation runs on every edit in the designer.
     */
    static Optional<Problem> checkThisProcess(Topology topology) {
        return check(topology, () -> ProcessLimit.VALUE);
    }

    /** {@code limit} is asked only for a topology that could exceed a usual limit. */
    static Optional<Problem> check(Topology topology, java.util.function.Supplier<OptionalLong> limit) {
        long needed = needed(topology);
        if (needed <= 1024) {
            return Optional.empty();
        }
        OptionalLong value = limit.get();
        return value.isPresent() ? check(topology, value.getAsLong()) : Optional.empty();
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
