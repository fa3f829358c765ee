package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.WireState;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeView;
import dev.zmqstudio.ui.canvas.WireView;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a snapshot on the diagram: each node's live count and state (CSS pseudo-classes {@code :live-running},
 * {@code :live-waiting}, {@code :live-error}, ...), its failures ("20 errors", {@code :live-errors}) and, when it
 * failed, why and the fix under its box; each wire's message rate, connection state ({@code :wire-pending},
 * {@code :wire-connected}, ...; with what crossed it in its tooltip) and queue pressure ({@code :wire-full}, "HWM",
 * "≥ 1.2k dropped"). A wire with a failed node at an end says that instead ({@code :wire-broken},
 * "✕ not connected: :5558 in use"): a sender blocked by a receiver that never bound is not queue pressure.
 */
final class LiveView {
    private static final Map<NodeState, PseudoClass> STATES = new EnumMap<>(NodeState.class);
    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("live-busy");
    /** The node had failures while running (an expression failed on a message), whatever its state. */
    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("live-errors");
    private static final PseudoClass FLOWING = PseudoClass.getPseudoClass("live-flowing");
    /** The sender found the wire's queue at its high-water mark within the last second. */
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("wire-full");
    /** A node at one end of the wire failed: nothing crosses it, whatever its sender's queue says. */
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("wire-broken");
    private static final Map<WireState, PseudoClass> WIRE_STATES = new EnumMap<>(WireState.class);

    static {
        for (NodeState s : NodeState.values()) {
            STATES.put(s, PseudoClass.getPseudoClass("live-" + s.key()));
        }
        for (WireState s : WireState.values()) {
            WIRE_STATES.put(s, PseudoClass.getPseudoClass("wire-" + s.key()));
        }
    }

    private final DiagramCanvas canvas;
    private final Map<String, Long> lastWireCounts = new HashMap<>();
    private final Map<String, NodeState> shownStates = new HashMap<>();
    private final Map<String, WireState> shownWireStates = new HashMap<>();
    /**
     * Nodes are refreshed in this many interleaved slices, one per frame: each badge about five times a second at
     * 30 fps, as often as anyone reads a number; each new number costs its badge a relayout on the FX thread.
     */
    static final int SLICES = 6;
    private int slice;
    private EngineSnapshot wiresShownFor;
    private boolean ratesChanged;
    private final Map<String, Double> wireRates = new HashMap<>();
    private final Map<String, WireAlarm> alarms = new HashMap<>();
    private final Map<String, String> shownFailures = new HashMap<>();
    private long lastSampleNanos;

    LiveView(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /**
     * What each wire in trouble says: under pressure ("HWM", "HWM · ≥ 1.2k dropped") or broken by a failed node at
     * an end; absent for the others.
     */
    Map<String, WireAlarm> wireAlarms() {
        return alarms;
    }

    /** Messages per second over the last second, per wire. */
    Map<String, Double> wireRates() {
        return wireRates;
    }

    /**
     * Call every frame. Each call refreshes one slice of the nodes (all of them within {@link #SLICES} frames),
     * so a big diagram's badges do not all change in one frame: no frame pays for hundreds of relayouts.
     */
    void show(EngineSnapshot snapshot, long nowNanos) {
        ratesChanged = false;
        boolean newSecond = nowNanos - lastSampleNanos >= 1_000_000_000L || lastSampleNanos == 0;
        int index = 0;
        for (EngineSnapshot.NodeStats stats : snapshot.nodes().values()) {
            if (index++ % SLICES != slice) {
                continue;
            }
            NodeView view = canvas.nodeView(stats.id());
            if (view == null) {
                continue;
            }
            String text = countText(stats);
            boolean changed = view.showCount(text);
            if (shownStates.put(stats.id(), stats.state()) != stats.state()) {
                changed = true;
                STATES.forEach((state, pc) -> view.pseudoClassStateChanged(pc, state == stats.state()));
            }
            changed |= showFailure(view, stats);
            changed |= showErrors(view, stats);
            if (changed || stats.error() != null) {
                view.setCountTooltip(tooltipText(stats));
            }
        }
        slice = (slice + 1) % SLICES;
        if (newSecond) {
            double seconds = lastSampleNanos == 0 ? 1 : (nowNanos - lastSampleNanos) / 1e9;
            for (EngineSnapshot.WireStats w : snapshot.wires().values()) {
                long before = lastWireCounts.getOrDefault(w.id(), 0L);
                wireRates.put(w.id(), (w.messages() - before) / seconds);
                lastWireCounts.put(w.id(), w.messages());
            }
            lastSampleNanos = nowNanos;
            ratesChanged = true;
            for (EngineSnapshot.WireStats w : snapshot.wires().values()) {
                if (canvas.wireView(w.id()) instanceof WireView view) {
                    view.liveStatus(statusText(w));
                }
            }
            for (EngineSnapshot.WireStats w : snapshot.wires().values()) {
                Node view = canvas.wireView(w.id());
                if (view != null) {
                    double rate = wireRates.getOrDefault(w.id(), 0.0);
                    view.pseudoClassStateChanged(FLOWING, rate > 0);
                    view.pseudoClassStateChanged(BUSY, rate >= 1000);
                }
            }
        }
        if (snapshot == wiresShownFor) {
            return; // wire states and pressure change only with a new snapshot (ten a second)
        }
        wiresShownFor = snapshot;
        for (EngineSnapshot.WireStats w : snapshot.wires().values()) {
            WireAlarm said = alarmOf(w, snapshot);
            WireAlarm before = said == null ? alarms.remove(w.id()) : alarms.put(w.id(), said);
            if (!java.util.Objects.equals(before, said)) {
                ratesChanged = true;
                Node view = canvas.wireView(w.id());
                if (view != null) {
                    view.pseudoClassStateChanged(FULL, said != null && !said.broken() && w.full());
                    view.pseudoClassStateChanged(BROKEN, said != null && said.broken());
                }
            }
            if (shownWireStates.put(w.id(), w.state()) != w.state()) {
                Node view = canvas.wireView(w.id());
                if (view != null) {
                    WIRE_STATES.forEach((state, pc) -> view.pseudoClassStateChanged(pc, state == w.state()));
                }
            }
        }
    }

    /** What a wire in trouble says, or null: a failed node at an end first, else its queue pressure. */
    static WireAlarm alarmOf(EngineSnapshot.WireStats w, EngineSnapshot snapshot) {
        for (String end : new String[]{w.to(), w.from()}) { // the binder first: its bind is what others need
            EngineSnapshot.NodeStats node = snapshot.node(end);
            if (node != null && node.state() == NodeState.ERROR) {
                return new WireAlarm(FailureText.of(end, node.error()).onWire(), true);
            }
        }
        String pressure = pressureText(w);
        return pressure == null ? null : new WireAlarm(pressure, false);
    }

    /** Under a failed node's box, why and the fix; nothing under the others. True when it changed. */
    private boolean showFailure(NodeView view, EngineSnapshot.NodeStats stats) {
        String error = stats.state() == NodeState.ERROR ? java.util.Objects.requireNonNullElse(stats.error(), "") : null;
        if (java.util.Objects.equals(error, shownFailures.get(stats.id()))) {
            return false;
        }
        shownFailures.put(stats.id(), error);
        if (error == null) {
            view.showFailure(null, null, null);
        } else {
            FailureText text = FailureText.of(stats.id(), error);
            view.showFailure(text.headline(), text.fix(), error);
        }
        return true;
    }

    /**
     * The node's error count on its box (not for a node that failed: its failure says more, under the box); true
     * when it changed.
     */
    private static boolean showErrors(NodeView view, EngineSnapshot.NodeStats stats) {
        EngineSnapshot.Errors errors = stats.errors();
        String text = stats.state() == NodeState.ERROR ? "" : errorsText(errors.count());
        if (!view.showErrors(text)) {
            return false;
        }
        view.pseudoClassStateChanged(ERRORS, errors.count() > 0);
        return true;
    }

    /** "1 error", "20 errors", "1.2k errors"; "" for none. */
    static String errorsText(long count) {
        return count == 0 ? "" : compact(count) + (count == 1 ? " error" : " errors");
    }

    private static String tooltipText(EngineSnapshot.NodeStats stats) {
        String text = stats.state().key() + ": sent " + stats.sent() + ", received " + stats.received();
        if (stats.error() != null) {
            text += "\n" + stats.error();
        }
        if (stats.errors().count() > 0 && !stats.errors().first().equals(stats.error())) {
            text += "\n" + errorsText(stats.errors().count()) + "; the first: " + stats.errors().first();
        }
        return text;
    }

    /** A wire's tooltip while running: "connected · 1.2k messages (estimate)". */
    static String statusText(EngineSnapshot.WireStats w) {
        return w.state().key() + " \u00b7 " + compact(w.messages()) + (w.messages() == 1 ? " message" : " messages")
                + (w.exact() ? "" : " (estimate)");
    }

    static String pressureText(EngineSnapshot.WireStats w) {
        String dropped = w.dropped() > 0 ? "\u2265 " + compact(w.dropped()) + " dropped" : null;
        if (w.full()) {
            return dropped == null ? "HWM" : "HWM \u00b7 " + dropped;
        }
        return dropped;
    }

    /** True right after the once-a-second rate update or a change of pressure. */
    boolean ratesChanged() {
        return ratesChanged;
    }

    /**
     * What a node's badge says: what it receives if it receives, else what it sends; a producer's messages published
     * and a consumer's consumed (not the protocol's requests and replies), a broker's requests.
     */
    static String countText(EngineSnapshot.NodeStats stats) {
        EngineSnapshot.QueueFacts q = stats.queue();
        if (q != null && !q.role().equals("broker")) {
            return compact(q.role().equals("producer") ? q.published() : q.consumed());
        }
        long n = stats.received() > 0 || stats.sent() == 0 ? stats.received() : stats.sent();
        return compact(n);
    }

    static String compact(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", n / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }

    /** Back to the editing look. */
    void clear() {
        canvas.lookupAll(".node-view").forEach(n -> {
            STATES.values().forEach(pc -> n.pseudoClassStateChanged(pc, false));
            n.pseudoClassStateChanged(ERRORS, false);
            if (n instanceof NodeView view) {
                view.showErrors("");
                view.showFailure(null, null, null);
            }
        });
        canvas.lookupAll(".wire-view").forEach(n -> {
            if (n instanceof WireView view) {
                view.liveStatus(null);
            }
            n.pseudoClassStateChanged(FLOWING, false);
            n.pseudoClassStateChanged(BUSY, false);
            n.pseudoClassStateChanged(FULL, false);
            n.pseudoClassStateChanged(BROKEN, false);
            WIRE_STATES.values().forEach(pc -> n.pseudoClassStateChanged(pc, false));
        });
        shownStates.clear();
        shownWireStates.clear();
        lastWireCounts.clear();
        wireRates.clear();
        alarms.clear();
        shownFailures.clear();
        lastSampleNanos = 0;
        slice = 0;
        wiresShownFor = null;
    }
}
