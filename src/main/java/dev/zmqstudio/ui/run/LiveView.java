package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.EngineSnapshot;
import dev.zmqstudio.runtime.NodeState;
import dev.zmqstudio.runtime.WireState;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.canvas.NodeView;
import dev.zmqstudio.ui.canvas.WireView;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a snapshot on the diagram: each node's live count and state (CSS pseudo-classes {@code :live-running},
 * {@code :live-waiting}, {@code :live-error}, ...) and its failures ("20 errors", {@code :live-errors}), each wire's
 * message rate, connection state ({@code :wire-pending}, {@code :wire-connected}, ...; with what crossed it in its
 * tooltip) and queue pressure ({@code :wire-full}, "HWM", "≥ 1.2k dropped").
 */
final class LiveView {
    private static final Map<NodeState, PseudoClass> STATES = new EnumMap<>(NodeState.class);
    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("live-busy");
    /** The node had failures while running (an expression failed on a message), whatever its state. */
    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("live-errors");
    private static final PseudoClass FLOWING = PseudoClass.getPseudoClass("live-flowing");
    /** The sender found the wire's queue at its high-water mark within the last second. */
    private static final PseudoClass FULL = PseudoClass.getPseudoClass("wire-full");
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
    private final Map<String, Tooltip> tooltips = new HashMap<>();
    private final Map<String, Node> wireViews = new HashMap<>();
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
    private final Map<String, String> pressure = new HashMap<>();
    private long lastSampleNanos;

    LiveView(DiagramCanvas canvas) {
        this.canvas = canvas;
    }

    /** What each wire under pressure says ("HWM", "HWM · ≥ 1.2k dropped"); absent for the others. */
    Map<String, String> wirePressure() {
        return pressure;
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
            boolean changed = !text.equals(view.countLabel().getText());
            if (changed) {
                view.countLabel().setText(text);
            }
            if (shownStates.put(stats.id(), stats.state()) != stats.state()) {
                changed = true;
                STATES.forEach((state, pc) -> view.pseudoClassStateChanged(pc, state == stats.state()));
            }
            changed |= showErrors(view, stats.errors());
            if (changed || stats.error() != null) {
                tooltips.computeIfAbsent(stats.id(), id -> {
                    Tooltip t = new Tooltip();
                    Tooltip.install(view.countLabel(), t);
                    Tooltip.install(view.errorsLabel(), t);
                    return t;
                }).setText(tooltipText(stats));
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
                if (wireViews.computeIfAbsent(w.id(), id -> canvas.lookup("#wire-" + id)) instanceof WireView view) {
                    view.liveStatus(statusText(w));
                }
            }
            for (EngineSnapshot.WireStats w : snapshot.wires().values()) {
                Node view = wireViews.computeIfAbsent(w.id(), id -> canvas.lookup("#wire-" + id));
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
            String said = pressureText(w);
            String before = said == null ? pressure.remove(w.id()) : pressure.put(w.id(), said);
            if (!java.util.Objects.equals(before, said)) {
                ratesChanged = true;
                Node view = wireViews.computeIfAbsent(w.id(), id -> canvas.lookup("#wire-" + id));
                if (view != null) {
                    view.pseudoClassStateChanged(FULL, w.full());
                }
            }
            if (shownWireStates.put(w.id(), w.state()) != w.state()) {
                Node view = wireViews.computeIfAbsent(w.id(), id -> canvas.lookup("#wire-" + id));
                if (view != null) {
                    WIRE_STATES.forEach((state, pc) -> view.pseudoClassStateChanged(pc, state == w.state()));
                }
            }
        }
    }

    /** The node's error count on its box; true when it changed. */
    private static boolean showErrors(NodeView view, EngineSnapshot.Errors errors) {
        String text = errorsText(errors.count());
        Label label = view.errorsLabel();
        if (text.equals(label.getText())) {
            return false;
        }
        label.setText(text);
        label.setVisible(errors.count() > 0);
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

    /** What a node's badge says: what it receives if it receives, else what it sends. */
    static String countText(EngineSnapshot.NodeStats stats) {
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
                view.errorsLabel().setText("");
                view.errorsLabel().setVisible(false);
            }
        });
        canvas.lookupAll(".wire-view").forEach(n -> {
            if (n instanceof WireView view) {
                view.liveStatus(null);
            }
            n.pseudoClassStateChanged(FLOWING, false);
            n.pseudoClassStateChanged(BUSY, false);
            n.pseudoClassStateChanged(FULL, false);
            WIRE_STATES.values().forEach(pc -> n.pseudoClassStateChanged(pc, false));
        });
        tooltips.clear();
        wireViews.clear();
        shownStates.clear();
        shownWireStates.clear();
        lastWireCounts.clear();
        wireRates.clear();
        pressure.clear();
        lastSampleNanos = 0;
        slice = 0;
        wiresShownFor = null;
    }
}
