package dev.zmqstudio.ui;

import dev.zmqstudio.model.Behaviour;
import dev.zmqstudio.model.Position;
import dev.zmqstudio.model.Settings;
import dev.zmqstudio.model.SocketNode;
import dev.zmqstudio.model.SocketSpec;
import dev.zmqstudio.model.SocketType;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import dev.zmqstudio.ui.edit.ConsoleLine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node that logs faster than the console shows: the newest lines are always there, a gap is noted where it is. */
@ExtendWith(ApplicationExtension.class)
@Timeout(90)
class ConsoleTailTest extends SimulationFixture {
    /** Far more than the backlog holds (5,000) and than the console takes in a second (200 a frame). */
    private static final int MESSAGES = 100_000;

    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private List<ConsoleLine> sinkLines() {
        return fx(() -> window.editor().console().stream().filter(l -> "sink".equals(l.nodeId())).toList());
    }

    @Test
    void theLastMessageReceivedIsTheLastLineAndSkippedLinesAreNotedBetweenTheirNeighbours(FxRobot robot) {
        Topology t = new Topology("flood", "", Settings.DEFAULTS, List.of(
                new SocketNode("source", "", SocketSpec.of(SocketType.PUSH, "inproc://flood"),
                        new Behaviour.Generator("m {n}", 0, MESSAGES, List.of(), 1, false), null, new Position(100, 100)),
                new SocketNode("sink", "", SocketSpec.of(SocketType.PULL), Behaviour.Sink.logging(), null,
                        new Position(400, 100))),
                List.of(Wire.of("w1", "sink", "source", "inproc://flood")), List.of());
        load(t);
        List<ConsoleLine> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        fx(() -> window.editor().console().addListener((javafx.collections.ListChangeListener<ConsoleLine>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    seen.addAll(c.getAddedSubList());
                }
            }
        }));
        robot.clickOn("#run");
        waitUntil(60, () -> fx(() -> simulation.lastSnapshot()) != null
                && fx(() -> simulation.lastSnapshot()).node("sink").received() == MESSAGES);
        waitUntil(20, () -> !sinkLines().isEmpty()
                && sinkLines().getLast().text().equals("Received message: m " + (MESSAGES - 1)));

        List<ConsoleLine> all;
        synchronized (seen) {
            all = seen.stream().filter(l -> "sink".equals(l.nodeId()) || l.text().contains("skipped here")).toList();
        }
        int notes = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).text().contains("skipped here")) {
                notes++;
                assertTrue(i < all.size() - 1, "a note is followed by the lines kept after the gap");
                long before = i == 0 ? -1 : number(all.get(i - 1)); // first: the gap starts at m 0
                long after = number(all.get(i + 1));
                long skipped = Long.parseLong(all.get(i).text().replaceAll("^\\(([\\d,]+) .*", "$1").replace(",", ""));
                assertEquals(after - before - 1, skipped, "the note counts exactly the lines missing at its place: "
                        + (i == 0 ? "(start)" : all.get(i - 1)) + " / " + all.get(i) + " / " + all.get(i + 1));
            }
        }
        assertTrue(notes > 0, "100,000 lines at once overflow the backlog: the gap is noted");
    }

    private static long number(ConsoleLine line) {
        return Long.parseLong(line.text().replaceAll(".*m (\\d+)$", "$1"));
    }
}
