package dev.zmqstudio.ui.run;

import dev.zmqstudio.runtime.engine.EngineSnapshot;
import dev.zmqstudio.runtime.engine.NodeState;
import dev.zmqstudio.runtime.engine.WireState;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Live tab's own behaviour, fed snapshots directly: readable names, a legend, no flat lines after traffic. */
@ExtendWith(ApplicationExtension.class)
class LiveInspectorTest {
    private LiveInspector inspector;

    @Start
    void start(Stage stage) {
        inspector = new LiveInspector();
        stage.setScene(new Scene(inspector, 900, 260));
        stage.show();
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(c));
    }

    private static void onFx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
    }

    private static EngineSnapshot.NodeStats node(String id, String error) {
        return new EngineSnapshot.NodeStats(id, "PULL", NodeState.RUNNING, 0, 1234567, null, Map.of(),
                Map.of("a-sender-with-a-long-name-1", 617283L, "a-sender-with-a-long-name-2", 617284L), null,
                new EngineSnapshot.Errors(12, error), 0, 1234567);
    }

    /** At the high-water mark with drops: the longest queue text there is. */
    private static EngineSnapshot.WireStats wire(long samples, long p50) {
        return new EngineSnapshot.WireStats("w1", "puller", "pusher", "pusher", "puller", samples, true,
                WireState.CONNECTED, p50, p50 * 3, samples, true, 123456);
    }

    private static EngineSnapshot snapshot(EngineSnapshot.NodeStats node, EngineSnapshot.WireStats wire) {
        return new EngineSnapshot(Map.of(node.id(), node), Map.of(wire.id(), wire), Map.of(), true);
    }

    @Test
    void theNamesOfTheFactsStayWholeBesideLongValues(FxRobot robot) {
        String longError = "transform of link even 'json.num % 2 == 0 ? msg : null' failed on message 'x': "
                + "not JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token)";
        EngineSnapshot s = snapshot(node("collector", longError), wire(1, 10));
        onFx(() -> inspector.show("collector", s, Map.of(), List.of(), true));
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> names = fx(() -> inspector.lookupAll(".live-fact-name").stream().map(Label.class::cast).toList());
        assertTrue(names.size() >= 5, "received, per sender, errors, first error, ...: " + names.size());
        assertTrue(fx(() -> inspector.lookup("#live-chart-hint").isVisible() && !inspector.lookup("#live-latency-chart").isVisible()),
                "a node has no latency: the chart gives way to a hint");
        for (Label name : names) {
            double width = fx(name::getWidth);
            double needed = fx(() -> name.prefWidth(-1));
            assertTrue(width >= needed - 0.5, "'" + name.getText() + "' is " + width + " px wide, needs " + needed);
        }
    }

    @Test
    void aSinksCountsByKeyShowTheMostCountedFirst(FxRobot robot) {
        Map<String, Long> counts = new java.util.TreeMap<>(Map.of("INFO", 20L, "WARNING", 3L, "ERROR", 1L));
        for (int i = 0; i < 9; i++) {
            counts.put("k" + i, (long) i);
        }
        EngineSnapshot.NodeStats logger = new EngineSnapshot.NodeStats("logger", "SUB", NodeState.RUNNING, 0, 24, null,
                Map.of(), Map.of(), null, EngineSnapshot.Errors.NONE, 0, 48, counts);
        EngineSnapshot s = snapshot(logger, wire(1, 10));
        onFx(() -> inspector.show("logger", s, Map.of(), List.of(), true));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = fx(() -> ((Label) inspector.lookup("#live-counts-by")).getText());
        assertEquals("INFO 20, k8 8, k7 7, k6 6, k5 5, k4 4, WARNING 3, k3 3, and 4 more", shown);
    }

    @Test
    void theLastMessagesSayWhyTheyAreEmpty(FxRobot robot) {
        EngineSnapshot s = snapshot(node("collector", null), wire(1, 10));
        onFx(() -> inspector.show(null, s, Map.of(), List.of(), true));
        assertEquals("Select a node or wire to see the messages it carries.", placeholder(),
                "messages flow, but nothing is selected: not 'none sampled'");
        onFx(() -> inspector.show("collector", s, Map.of(), List.of(), true));
        assertEquals("No message sampled yet.", placeholder());
    }

    private String placeholder() {
        return fx(() -> ((Label) ((javafx.scene.control.ListView<?>) inspector.lookup("#live-messages")).getPlaceholder()).getText());
    }

    @Test
    void whatANodeReceivedFromEachSenderReadsAsTheCountsByKeyDo(FxRobot robot) {
        onFx(() -> inspector.show("collector", snapshot(node("collector", null), wire(1, 10)), Map.of(), List.of(), true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("a-sender-with-a-long-name-2 617284, a-sender-with-a-long-name-1 617283",
                fx(() -> ((Label) inspector.lookup("#live-per-sender")).getText()));
    }

    @Test
    void theLatencyChartNamesItsLinesAndAddsNoPointOnceTrafficStopped(FxRobot robot) {
        LineChart<?, ?> chart = fx(() -> (LineChart<?, ?>) inspector.lookup("#live-latency-chart"));
        EngineSnapshot.NodeStats n = node("puller", null);
        feed(snapshot(n, wire(100, 200)));
        feed(snapshot(n, wire(250, 220)));
        assertEquals(2, points(chart));
        for (int second = 0; second < 5; second++) {
            feed(snapshot(n, wire(250, 220))); // the run is over: nothing new measured
        }
        assertEquals(2, points(chart), "no flat line drawn on after the traffic stopped");
        feed(snapshot(n, wire(300, 230)));
        assertEquals(3, points(chart), "new samples: a new point");

        WaitForAsyncUtils.waitForFxEvents();
        List<Label> legend = fx(() -> inspector.lookupAll(".live-legend-item").stream().map(Label.class::cast).toList());
        assertEquals(List.of("p50 (median)", "p99"), legend.stream().map(Label::getText).toList());
        for (Label item : legend) {
            assertTrue(fx(() -> item.isVisible() && item.getWidth() >= item.prefWidth(-1) - 0.5
                    && item.localToScene(item.getLayoutBounds()).getMaxY() <= inspector.getScene().getHeight()),
                    item.getText() + ": shown whole, even in a short tab");
        }
    }

    @Test
    void clearingForgetsTheNodeItShowed(FxRobot robot) {
        feed(snapshot(node("puller", null), wire(1, 10)));
        onFx(() -> inspector.show("puller", snapshot(node("puller", null), wire(1, 10)), Map.of(), List.of(), false));
        assertTrue(fx(() -> ((Label) inspector.lookup(".live-title")).getText()).startsWith("puller · PULL"));
        onFx(inspector::clear);
        assertEquals("Select a node or wire while running to see its numbers.",
                fx(() -> ((Label) inspector.lookup(".live-title")).getText()));
        assertTrue(fx(() -> inspector.lookupAll(".live-fact-name").isEmpty()));
    }

    private void feed(EngineSnapshot s) {
        onFx(() -> inspector.show("w1", s, Map.of(), List.of(), true));
    }

    private static int points(LineChart<?, ?> chart) {
        return fx(() -> chart.getData().getFirst().getData().size());
    }
}
