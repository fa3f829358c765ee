package dev.zmqstudio.ui.canvas;

import dev.zmqstudio.model.ScenarioAction;
import dev.zmqstudio.model.ScenarioEvent;
import dev.zmqstudio.model.ScenarioTime;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The topology's scenario as a timeline under the canvas: each event a dot at its time (counted from when the start
 * gate opens) with what it does; while running, a cursor at the run's time and each event marked applied or
 * refused. Hidden when the topology has no scenario.
 */
public final class ScenarioStrip extends Pane {
    private static final PseudoClass APPLIED = PseudoClass.getPseudoClass("applied");
    private static final PseudoClass REFUSED = PseudoClass.getPseudoClass("refused");
    private static final double LEFT = 92;
    private static final double RIGHT = 24;
    private static final double AXIS_Y = 27;

    private record Mark(ScenarioEvent event, Circle dot, Line tick, Label label, Tooltip tip) {
    }

    private final Label title = new Label("Scenario");
    private final Line axis = new Line();
    private final Line elapsed = new Line();
    private final Line cursor = new Line();
    private final Label clock = new Label();
    private final List<Mark> marks = new ArrayList<>();
    private long spanMillis = 1;
    private long cursorMillis = -1;
    /** How many played events the marks show (-1: none shown yet). */
    private int shownPlayed = -1;

    public ScenarioStrip() {
        setId("scenario-strip");
        getStyleClass().add("scenario-strip");
        title.getStyleClass().add("scenario-title");
        axis.getStyleClass().add("scenario-axis");
        elapsed.getStyleClass().add("scenario-elapsed");
        cursor.getStyleClass().add("scenario-cursor");
        clock.getStyleClass().add("scenario-clock");
        clock.setId("scenario-clock");
        setMinHeight(54);
        setPrefHeight(54);
        setMaxHeight(54);
        show(List.of());
    }

    /** Shows these events (file order; drawn in time order) and clears what a run marked. */
    public void show(List<ScenarioEvent> events) {
        getChildren().setAll(title, axis, elapsed, cursor, clock);
        marks.clear();
        List<ScenarioEvent> sorted = events.stream().sorted(Comparator.comparingLong(ScenarioEvent::atMillis)).toList();
        long last = sorted.isEmpty() ? 0 : sorted.getLast().atMillis();
        spanMillis = Math.max(1_000, last + Math.max(1_000, last / 10));
        for (int i = 0; i < sorted.size(); i++) {
            ScenarioEvent e = sorted.get(i);
            Circle dot = new Circle(5);
            dot.getStyleClass().addAll("scenario-dot", "scenario-" + family(e.action()));
            Line tick = new Line();
            tick.getStyleClass().add("scenario-tick");
            Label label = new Label(ScenarioTime.format(e.atMillis()) + " " + e.describe());
            label.getStyleClass().add("scenario-label");
            Tooltip tip = new Tooltip(e.describe() + " at " + ScenarioTime.format(e.atMillis()) + " after the gate opens");
            tip.setShowDelay(Duration.millis(300));
            Tooltip.install(dot, tip);
            Tooltip.install(label, tip);
            marks.add(new Mark(e, dot, tick, label, tip));
            getChildren().addAll(tick, dot, label);
        }
        setVisible(!events.isEmpty());
        setManaged(!events.isEmpty());
        shownPlayed = -1;
        progress(-1, List.of(), List.of());
    }

    /** While running: the run's time since the gate opened (-1: not open yet) and which events were applied or refused (with why). */
    public void progress(long millis, List<ScenarioEvent> applied, List<String> refusedWhy) {
        cursorMillis = millis;
        cursor.setVisible(millis >= 0);
        elapsed.setVisible(millis >= 0);
        clock.setText(millis < 0 ? "" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0));
        placeCursor(); // every frame while running: only the cursor moves
        if (applied.size() == shownPlayed) {
            return; // events are only ever added to a run's list; a new run starts it at none
        }
        shownPlayed = applied.size();
        for (Mark m : marks) {
            int at = indexOf(applied, m.event());
            boolean done = at >= 0;
            String why = done ? refusedWhy.get(at) : null;
            m.dot().pseudoClassStateChanged(APPLIED, done && why == null);
            m.dot().pseudoClassStateChanged(REFUSED, done && why != null);
            m.tip().setText(m.event().describe() + " at " + ScenarioTime.format(m.event().atMillis())
                    + (!done ? "" : why == null ? ": applied" : ": not applied, " + why));
        }
    }

    /** The event's place in {@code applied} by identity first, then by equality (a list copied from the engine). */
    private static int indexOf(List<ScenarioEvent> applied, ScenarioEvent event) {
        for (int i = 0; i < applied.size(); i++) {
            if (applied.get(i) == event) {
                return i;
            }
        }
        return applied.indexOf(event);
    }

    private static String family(ScenarioAction action) {
        return switch (action) {
            case CUT, KILL -> "break";
            case HEAL, CLEAR, RESTART, RESUME -> "mend";
            case RESET, LATENCY, BANDWIDTH, PAUSE -> "degrade";
        };
    }

    /** Where time {@code millis} is drawn. */
    double xOf(long millis) {
        double width = Math.max(1, getWidth() - LEFT - RIGHT);
        return LEFT + width * Math.min(1, Math.max(0, millis / (double) spanMillis));
    }

    /** The cursor and the elapsed part of the axis at the run's time. */
    private void placeCursor() {
        double now = xOf(Math.max(0, cursorMillis));
        elapsed.setStartX(LEFT);
        elapsed.setEndX(now);
        elapsed.setStartY(AXIS_Y);
        elapsed.setEndY(AXIS_Y);
        cursor.setStartX(now);
        cursor.setEndX(now);
        cursor.setStartY(6);
        cursor.setEndY(getHeight() - 6);
    }

    @Override
    protected void layoutChildren() {
        title.autosize();
        title.relocate(12, AXIS_Y - title.getHeight() + 2);
        axis.setStartX(LEFT);
        axis.setEndX(getWidth() - RIGHT);
        axis.setStartY(AXIS_Y);
        axis.setEndY(AXIS_Y);
        placeCursor();
        clock.autosize();
        clock.relocate(12, AXIS_Y + 3);
        double[] rowEnds = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < marks.size(); i++) {
            Mark m = marks.get(i);
            double x = xOf(m.event().atMillis());
            m.dot().setCenterX(x);
            m.dot().setCenterY(AXIS_Y);
            m.label().autosize();
            int row = i % 2;
            double lx = Math.max(LEFT - 20, x - m.label().getWidth() / 2);
            m.label().setVisible(lx > rowEnds[row] + 4);
            if (m.label().isVisible()) {
                rowEnds[row] = lx + m.label().getWidth();
            }
            double ly = row == 0 ? AXIS_Y - 9 - m.label().getHeight() : AXIS_Y + 9;
            m.label().relocate(lx, ly);
            m.tick().setStartX(x);
            m.tick().setEndX(x);
            m.tick().setStartY(AXIS_Y);
            m.tick().setEndY(row == 0 ? AXIS_Y - 8 : AXIS_Y + 8);
        }
    }

    /** For tests: the label of each event drawn, in time order ("1.5s cut w-task-1"). */
    public List<String> labels() {
        return marks.stream().map(m -> m.label().getText()).toList();
    }

    /** For tests: whether each event (time order) shows applied. */
    public List<Boolean> applied() {
        return marks.stream().map(m -> m.dot().getPseudoClassStates().contains(APPLIED)).toList();
    }
}
