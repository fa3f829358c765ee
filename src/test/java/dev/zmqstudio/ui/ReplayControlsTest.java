package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.edit.ConsoleLine;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #18 in the designer: the Rec toggle records a run, File > Open Recording replays it (play, the Messages tab's
 * filters, a message's frames and its path through the device highlighted), and a file that is not a recording
 * says so and leaves the diagram as it was.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class ReplayControlsTest extends SimulationFixture {
    private static final int COUNT = 50;

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private static Topology throughAStreamer(String name) throws Exception {
        return TopologyFiles.parse("""
                {
                  "format": 1, "name": "%s", "description": "A generator, a streamer, a sink.",
                  "settings": { "waitForConnections": true, "placement": "in-process" },
                  "nodes": [
                    { "id": "gen", "type": "PUSH", "label": "Gen", "binds": [],
                      "behaviour": { "kind": "generator", "frames": ["job", "payload {n}"], "rate": 500, "count": %d },
                      "placement": "default", "layout": { "x": 100, "y": 100 } },
                    { "id": "dev", "type": "STREAMER", "label": "Dev",
                      "frontend": { "binds": ["inproc://replay-in"] }, "backend": { "binds": ["inproc://replay-out"] },
                      "placement": "default", "layout": { "x": 320, "y": 100 } },
                    { "id": "sink", "type": "PULL", "label": "Sink", "binds": [], "behaviour": { "kind": "sink" },
                      "placement": "default", "layout": { "x": 540, "y": 100 } }
                  ],
                  "wires": [
                    { "id": "in", "from": "gen", "to": "dev", "toSide": "frontend", "endpoint": "inproc://replay-in" },
                    { "id": "out", "from": "sink", "to": "dev", "toSide": "backend", "endpoint": "inproc://replay-out" }
                  ],
                  "links": []
                }
                """.formatted(name, COUNT), "streamer");
    }

    private Path recordWithTheRecToggle(FxRobot robot, String name) throws Exception {
        load(throughAStreamer(name));
        robot.clickOn("#record");
        List<String> said = runToTheEnd(robot);
        Path file = recordedFile(said, 2 * COUNT);
        assertTrue(Files.isRegularFile(file), file.toString());
        assertTrue(file.startsWith(Path.of(System.getProperty("zmqstudio.output"))), "in the run's output folder: " + file);
        return file;
    }

    @Test
    void aRunRecordedWithRecReplaysWithItsMessagesFramesAndPaths(FxRobot robot) throws Exception {
        Path file = recordWithTheRecToggle(robot, "recorded-in-the-designer");

        dialogs.answers.add(file);
        robot.clickOn("#menu-file").clickOn("#menu-open-recording");
        waitUntil(10, () -> fx(() -> simulation.replayNumbers()) != null);
        assertTrue(robot.lookup("#replay-bar").query().isVisible());
        assertEquals(0, fx(() -> simulation.replayNumbers()).wire("out").messages(), "the cursor starts at the beginning");

        robot.clickOn("#replay-speed").clickOn("10×");
        robot.clickOn("#replay-play");
        waitUntil(20, () -> fx(() -> simulation.replayNumbers()).wire("out").messages() == COUNT);
        assertEquals(COUNT, fx(() -> simulation.replayNumbers()).node("sink").received());
        assertTrue(fx(() -> robot.lookup("#replay-time").queryAs(Label.class).getText())
                .contains(String.format("%,d of %,d msgs", 2 * COUNT, 2 * COUNT)));

        // Dragging back to the start shows the counts there again.
        Slider slider = find(robot, "#replay-slider", Slider.class);
        fx(() -> slider.setValue(0));
        waitUntil(5, () -> fx(() -> simulation.replayNumbers()).wire("out").messages() == 0);

        @SuppressWarnings("unchecked")
        TableView<dev.zmqstudio.runtime.record.RecordedMessage> table = find(robot, "#replay-messages", TableView.class);
        waitUntil(10, () -> fx(() -> table.getItems().size()) == 2 * COUNT);

        robot.clickOn("#filter-wire").write("out");
        robot.clickOn("#filter-text").write("payload 7");
        robot.clickOn("#filter-apply");
        waitUntil(10, () -> fx(() -> table.getItems().size()) == 1); // "payload 7" alone: the numbers stop at 49
        assertEquals("[job][payload 7]", fx(() -> table.getColumns().getLast().getCellData(0)),
                "the row shows every frame, the envelope and the payload");
        fx(() -> table.getSelectionModel().select(0));
        TextArea frames = find(robot, "#message-frames", TextArea.class);
        waitUntil(5, () -> fx(() -> frames.getText()).startsWith("[job][payload 7]"));
        assertTrue(fx(() -> frames.getText()).contains("2 frames, 12 B · dev → sink on out"), fx(() -> frames.getText()));
        robot.clickOn("#message-frames-json");
        waitUntil(5, () -> fx(() -> frames.getText()).startsWith("[\"job\",\"payload 7\"]"));
        waitUntil(10, () -> fx(() -> Set.copyOf(window.editor().selection().ids())).equals(Set.of("in", "out")));

        robot.clickOn("#replay-close");
        waitUntil(5, () -> fx(() -> simulation.replayNumbers()) == null);
        assertTrue(!robot.lookup("#replay-bar").query().isVisible());
        assertEquals("recorded-in-the-designer", topology().name(), "the diagram stays");
    }

    @Test
    void theRunMenuRecordsOnlyTheSelectedWiresAndOneMessageInN(FxRobot robot) throws Exception {
        load(throughAStreamer("chosen"));
        robot.clickOn("#record");
        fx(() -> window.editor().selection().selectOnly("out"));
        robot.clickOn("#menu-run").clickOn("#menu-record-selected");
        // A submenu does not open on the headless platform: its item is chosen as a click on it would.
        fx(() -> ((javafx.scene.control.RadioMenuItem) menuItem(robot, "menu-record-every-10")).setSelected(true));
        List<String> said = runToTheEnd(robot);
        assertTrue(said.stream().anyMatch(l -> l.startsWith("recording one message in 10 on out to ")), said.toString());
        Path file = recordedFile(said, COUNT / 10);
        List<dev.zmqstudio.runtime.record.RecordedMessage> kept = new java.util.ArrayList<>();
        try (dev.zmqstudio.record.Recording r = dev.zmqstudio.record.Recording.open(file)) {
            r.messages(dev.zmqstudio.record.MessageQuery.ALL, kept::add);
        }
        assertEquals(List.of("out"), kept.stream().map(dev.zmqstudio.runtime.record.RecordedMessage::wire).distinct().toList());
        assertEquals("payload 10", new String(kept.get(1).frames().getLast(), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Runs until the sink has every message, stops, and returns what the console said. */
    private List<String> runToTheEnd(FxRobot robot) {
        robot.clickOn("#run");
        waitUntil(30, () -> {
            var s = fx(() -> simulation.lastSnapshot());
            return s != null && s.node("sink").received() == COUNT;
        });
        robot.clickOn("#stop");
        waitUntil(20, () -> fx(() -> !simulation.isRunning()));
        return fx(() -> window.editor().console().stream().map(ConsoleLine::text).toList());
    }

    /** The recording the console said holds {@code messages} messages. */
    private static Path recordedFile(List<String> said, int messages) {
        String prefix = "recorded " + messages + " messages to ";
        String line = said.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("the console says where " + messages + " messages were recorded: " + said));
        return Path.of(line.substring(prefix.length(), line.indexOf(" (File > Open Recording")));
    }

    private static javafx.scene.control.MenuItem menuItem(FxRobot robot, String id) {
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        java.util.ArrayDeque<javafx.scene.control.MenuItem> items = new java.util.ArrayDeque<>(bar.getMenus());
        while (!items.isEmpty()) {
            javafx.scene.control.MenuItem item = items.poll();
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu menu) {
                items.addAll(menu.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void aFileThatIsNotARecordingSaysWhyAndLeavesTheDiagramAsItWas(FxRobot robot, @TempDir Path dir) throws Exception {
        load(throughAStreamer("kept"));
        Path notOne = Files.writeString(dir.resolve("topology.zsrec"), "{\"format\": 1}");
        dialogs.answers.add(notOne);
        robot.clickOn("#menu-file").clickOn("#menu-open-recording");
        waitUntil(10, () -> !prompts.errors.isEmpty());
        assertTrue(prompts.errors.getFirst().contains("a recording is an SQLite database, and this file is not one"),
                prompts.errors.toString());
        assertEquals("kept", topology().name());
        assertTrue(fx(() -> simulation.replayNumbers()) == null);
    }
}
