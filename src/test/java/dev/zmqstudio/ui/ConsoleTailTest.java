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
    private static final int MESSAGES = 30_000;

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
                        Behaviour.Generator.of("m {n}", 0, MESSAGES), null, new Position(100, 100)),
                new SocketNode("sink", "", SocketSpec.of(SocketType.PULL), Behaviour.Sink.logging(), null,
                        new Position(400, 100))),
                List.of(Wire.of("w1", "sink", "source", "inproc://flood")), List.of());
        load(t);
        robot.clickOn("#run");
        waitUntil(60, () -> fx(() -> simulation.lastSnapshot()) != null
                && fx(() -> simulation.lastSnapshot()).node("sink").received() == MESSAGES);
        waitUntil(20, () -> !sinkLines().isEmpty()
                && sinkLines().getLast().text().equals("Received message: m " + (MESSAGES - 1)));

        List<ConsoleLine> all = fx(() -> List.copyOf(window.editor().console()));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).text().contains("skipped here")) {
                assertTrue(i > 0 && i < all.size() - 1, "a note has lines on both sides");
                long before = number(all.get(i - 1));
                long after = number(all.get(i + 1));
                long skipped = Long.parseLong(all.get(i).text().replaceAll("^\\(([\\d,]+) .*", "$1").replace(",", ""));
                assertEquals(after - before - 1, skipped, "the note counts exactly the lines missing at its place: "
                        + all.get(i - 1) + " / " + all.get(i) + " / " + all.get(i + 1));
            }
        }
    }

    private static long number(ConsoleLine line) {
        return Long.parseLong(line.text().replaceAll(".*m (\\d+)$", "$1"));
    }
}
