package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.edit.ConsoleLine;
import dev.zmqstudio.ui.edit.Editor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The console's view model, without a window: filters, count, node choices, bounded lines. */
@Timeout(10)
class ConsoleModelTest {
    private static final LocalTime NOON = LocalTime.NOON;

    private final Editor editor = new Editor();
    private final ConsoleModel model = new ConsoleModel(editor);

    private static Topology pushPull(String... ids) {
        return new Topology("t", "", Settings.DEFAULTS, List.of(
                Samples.socket(ids[0], SocketType.PUSH, Behaviour.Generator.of("m {n}", 1, 0), 0, 0, "tcp://*:5555"),
                Samples.socket(ids[1], SocketType.PULL, Behaviour.Sink.logging(), 300, 0)),
                List.of(Wire.of("w1", ids[1], ids[0], "tcp://127.0.0.1:5555")), List.of());
    }

    private void log(String nodeId, String text) {
        editor.logAll(List.of(new ConsoleLine(NOON, nodeId, text)));
    }

    private List<String> shown() {
        return model.shown().stream().map(ConsoleLine::toString).toList();
    }

    @Test
    void aLineShowsItsTimeNodeAndText() {
        assertEquals("12:00:00  [puller] Received message: m 0", new ConsoleLine(NOON, "puller", "Received message: m 0").toString());
        assertEquals("12:00:00  Run: stopped", new ConsoleLine(NOON, null, "Run: stopped").toString());
    }

    @Test
    void theNodeFilterShowsThatNodesLinesOnlyAndAllNodesShowsTheDesignersToo() {
        editor.document().replace(pushPull("pusher", "puller"), null);
        log(null, "Run: starting 2 nodes");
        log("pusher", "Sent: m 0");
        log("puller", "Received message: m 0");
        assertEquals(List.of("pusher", "puller").stream().sorted().toList(), model.nodeIds());
        assertEquals("3 lines", model.count().get());

        model.nodeProperty().set("puller");
        assertEquals(List.of("12:00:00  [puller] Received message: m 0"), shown());
        assertEquals("1 of 3 shown", model.count().get());
        log("puller", "Received message: m 1");
        log("pusher", "Sent: m 1");
        assertEquals(2, shown().size(), "new lines are filtered as they arrive");

        model.nodeProperty().set(null);
        assertEquals(5, shown().size());
        assertEquals("12:00:00  Run: starting 2 nodes", shown().getFirst());
    }

    @Test
    void theSearchIsACaseInsensitiveSubstringOnTheLineAsShown() {
        log("pusher", "Sent: Message 1");
        log("puller", "Received message: Message 1");
        log("puller", "Received message: Message 2");
        model.searchProperty().set("MESSAGE 1");
        assertEquals(List.of("12:00:00  [pusher] Sent: Message 1", "12:00:00  [puller] Received message: Message 1"), shown());
        model.searchProperty().set("[puller]");
        assertEquals(2, shown().size(), "the node id as shown is searchable too");
        model.nodeProperty().set("pusher");
        assertEquals(List.of(), shown(), "both filters apply");
        assertEquals("0 of 3 shown", model.count().get());
        model.searchProperty().set("");
        model.nodeProperty().set(null);
        assertEquals("3 lines", model.count().get());
    }

    @Test
    void theNodeChoicesFollowTheTopologyAndAFilterOnAVanishedNodeFallsBackToAll() {
        editor.document().replace(pushPull("b-sender", "a-receiver"), null);
        assertEquals(List.of("a-receiver", "b-sender"), model.nodeIds(), "sorted");
        model.nodeProperty().set("b-sender");
        editor.document().replace(pushPull("c-sender", "a-receiver"), null);
        assertEquals(List.of("a-receiver", "c-sender"), model.nodeIds());
        assertNull(model.nodeProperty().get(), "b-sender is gone: every line shows again");
        model.nodeProperty().set("a-receiver");
        editor.document().replace(pushPull("d-sender", "a-receiver"), null);
        assertEquals("a-receiver", model.nodeProperty().get(), "a node that is still there stays chosen");
    }

    @Test
    void theConsoleKeepsTheNewest5000LinesAndCountsInThousands() {
        editor.logAll(IntStream.range(0, 4900).mapToObj(i -> new ConsoleLine(NOON, "n", "line " + i)).toList());
        assertEquals("4,900 lines", model.count().get());
        editor.logAll(IntStream.range(4900, 5200).mapToObj(i -> new ConsoleLine(NOON, "n", "line " + i)).toList());
        assertEquals(Editor.CONSOLE_LINES, editor.console().size());
        assertEquals("line 200", editor.console().getFirst().text());
        assertEquals("line 5199", editor.console().getLast().text());
        assertEquals("5,000 lines (the newest; 200 older dropped)", model.count().get(), "says that older lines went");
        editor.logAll(IntStream.range(0, 6000).mapToObj(i -> new ConsoleLine(NOON, "n", "big " + i)).toList());
        assertEquals(5000, editor.console().size());
        assertEquals("big 1000", editor.console().getFirst().text());
        assertEquals("5,000 lines (the newest; 6,200 older dropped)", model.count().get());
    }

    @Test
    void clearEmptiesTheConsoleAndLaterLinesShowAsUsual() {
        log("pusher", "Sent: m 0");
        model.nodeProperty().set("pusher");
        model.clear();
        assertEquals(List.of(), shown());
        assertEquals("0 of 0 shown", model.count().get());
        editor.logAll(IntStream.range(0, 5001).mapToObj(i -> new ConsoleLine(NOON, "pusher", "m " + i)).toList());
        model.clear();
        assertEquals("0 of 0 shown", model.count().get(), "after Clear, nothing is said to be dropped");
        log("pusher", "Sent: m 1");
        assertSame(editor.console().getFirst(), model.shown().getFirst());
    }
}
