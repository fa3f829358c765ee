package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.behaviour.KeyCounts;
import dev.zmqstudio.runtime.engine.EngineSnapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the earlier incarnations of a child process (or deployed host) counted: a restarted process counts from
 * zero, the totals shown go on. Not thread-safe: its {@link ChildProcess} calls it under its own lock.
 */
final class EarlierCounts {
    private final long[] toBinder;
    private final long[] toConnector;
    private final Map<String, EngineSnapshot.NodeStats> nodes = new HashMap<>();
    private final Map<String, EngineSnapshot.Errors> errors = new HashMap<>();
    private final Map<String, EngineSnapshot.LinkStats> links = new LinkedHashMap<>();

    EarlierCounts(int wires) {
        toBinder = new long[wires];
        toConnector = new long[wires];
    }

    /** An incarnation's last report: what it counted joins the earlier counts. */
    void add(Telemetry.Report r) {
        for (int i = 0; i < toBinder.length && i < r.towardsBinder().length; i++) {
            toBinder[i] += r.towardsBinder()[i];
            toConnector[i] += r.towardsConnector()[i];
        }
        r.nodes().forEach((id, n) -> nodes.merge(id, n, EarlierCounts::plus));
        for (EngineSnapshot.LinkStats link : r.links()) {
            links.merge(link.id(), link, EarlierCounts::plus);
        }
    }

    /** A failure of node {@code id} outside its reports (its process crashed, its host went silent). */
    void addError(String id, String error) {
        errors.merge(id, EngineSnapshot.Errors.of(error), EngineSnapshot.Errors::plus);
    }

    long toBinder(int wire, long reported) {
        return toBinder[wire] + reported;
    }

    long toConnector(int wire, long reported) {
        return toConnector[wire] + reported;
    }

    /**
     * Node {@code id} as {@code current} (this incarnation's report of it, null when it has not reported yet) shows
     * it with what the earlier incarnations counted; null when there is neither. Without a current report the node
     * is starting again.
     */
    EngineSnapshot.NodeStats node(String id, EngineSnapshot.NodeStats current) {
        EngineSnapshot.NodeStats before = nodes.get(id);
        EngineSnapshot.Errors failed = errors.getOrDefault(id, EngineSnapshot.Errors.NONE);
        if (current == null) {
            return before == null ? null : withErrors(plus(before, null), before.errors().plus(failed));
        }
        EngineSnapshot.NodeStats total = before == null ? current : plus(before, current);
        return withErrors(total, total.errors().plus(failed));
    }

    /** The links of this incarnation's report ({@code current}, null when none yet) with the earlier counts. */
    List<EngineSnapshot.LinkStats> links(List<EngineSnapshot.LinkStats> current) {
        Map<String, EngineSnapshot.LinkStats> all = new LinkedHashMap<>(links);
        if (current != null) {
            for (EngineSnapshot.LinkStats link : current) {
                all.merge(link.id(), link, EarlierCounts::plus);
            }
        }
        return new ArrayList<>(all.values());
    }

    /** {@code later} counted after {@code earlier}; a null {@code later}: a node starting again, nothing new yet. */
    private static EngineSnapshot.NodeStats plus(EngineSnapshot.NodeStats earlier, EngineSnapshot.NodeStats later) {
        if (later == null) {
            return new EngineSnapshot.NodeStats(earlier.id(), earlier.type(), dev.zmqstudio.runtime.engine.NodeState.STARTING,
                    earlier.sent(), earlier.received(), null, earlier.sides(), earlier.perSender(), earlier.aggregate(),
                    earlier.errors(), earlier.framesSent(), earlier.framesReceived(), earlier.countsBy(), null);
        }
        return new EngineSnapshot.NodeStats(later.id(), later.type(), later.state(), earlier.sent() + later.sent(),
                earlier.received() + later.received(), later.error(), sides(earlier.sides(), later.sides()),
                perSender(earlier.perSender(), later.perSender()), aggregate(earlier, later), earlier.errors().plus(later.errors()),
                earlier.framesSent() + later.framesSent(), earlier.framesReceived() + later.framesReceived(),
                countsBy(earlier.countsBy(), later.countsBy()), later.queue());
    }

    /** A link's counts, {@code later} after {@code earlier}. */
    private static EngineSnapshot.LinkStats plus(EngineSnapshot.LinkStats earlier, EngineSnapshot.LinkStats later) {
        return new EngineSnapshot.LinkStats(later.id(), later.from(), later.to(), earlier.passed() + later.passed(),
                earlier.filtered() + later.filtered());
    }

    private static EngineSnapshot.NodeStats withErrors(EngineSnapshot.NodeStats n, EngineSnapshot.Errors errors) {
        return new EngineSnapshot.NodeStats(n.id(), n.type(), n.state(), n.sent(), n.received(), n.error(), n.sides(),
                n.perSender(), n.aggregate(), errors, n.framesSent(), n.framesReceived(), n.countsBy(), n.queue());
    }

    private static dev.zmqstudio.runtime.behaviour.AggregateStats.Snapshot aggregate(EngineSnapshot.NodeStats a,
                                                                                  EngineSnapshot.NodeStats b) {
        return a.aggregate() == null ? b.aggregate() : b.aggregate() == null ? a.aggregate() : a.aggregate().plus(b.aggregate());
    }

    /** A device's per-side counts, added side by side. */
    private static Map<String, EngineSnapshot.SideStats> sides(Map<String, EngineSnapshot.SideStats> a,
                                                             Map<String, EngineSnapshot.SideStats> b) {
        if (a == null || a.isEmpty()) {
            return b;
        }
        Map<String, EngineSnapshot.SideStats> total = new LinkedHashMap<>(a);
        if (b != null) {
            b.forEach((side, s) -> total.merge(side, s, (x, y) -> new EngineSnapshot.SideStats(y.type(),
                    x.sent() + y.sent(), x.received() + y.received())));
        }
        return total;
    }

    /** Counts by sender, added (one per peer node: no bound needed). */
    private static Map<String, Long> perSender(Map<String, Long> a, Map<String, Long> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Map<String, Long> total = new TreeMap<>(a);
        b.forEach((sender, count) -> total.merge(sender, count, Long::sum));
        return total;
    }

    /** Counts by text, added; past {@link KeyCounts#MAX_KEYS} texts new ones count under {@link KeyCounts#OTHER}. */
    private static Map<String, Long> countsBy(Map<String, Long> a, Map<String, Long> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Map<String, Long> total = new TreeMap<>(a);
        b.forEach((text, count) -> total.merge(!total.containsKey(text) && total.size() >= KeyCounts.MAX_KEYS
                ? KeyCounts.OTHER : text, count, Long::sum));
        return total;
    }
}
