package dev.zmqstudio.experiment;

import dev.zmqstudio.model.Topology;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether one process can run a cell: a socket holds about six file descriptors, each connection two more (its two
 * ends are both in this process), and a wire with faults three more (its proxy's listener and the connection it
 * makes). A cell past the process's limit is skipped with the numbers, not run to fail half-way.
 */
final class CellBudget {
    private static final int BASE = 256;
    private static final int PER_SOCKET = 6;
    private static final int PER_CONNECTION = 2;
    private static final int PER_PROXY = 3;

    private CellBudget() {
    }

    static long needed(Topology t) {
        long sockets = t.nodes().stream().mapToLong(n -> n.sides().size()).sum();
        long proxies = t.wires().stream().filter(w -> w.faults() != null).count();
        return BASE + PER_SOCKET * sockets + PER_CONNECTION * (long) t.wires().size() + PER_PROXY * proxies;
    }

    /** Why the cell cannot run in this process; empty when it fits. */
    static Optional<String> tooLarge(Topology t) {
        long limit = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.UnixOperatingSystemMXBean unix
                ? unix.getMaxFileDescriptorCount() : Long.MAX_VALUE;
        long needed = needed(t);
        if (needed <= limit * 9 / 10) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "skipped: %,d wires need about %,d file descriptors in one process,"
                + " which may open %,d (ulimit -n)", t.wires().size(), needed, limit));
    }
}
