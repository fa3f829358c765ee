package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.edit.ConsoleLine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines logged faster than the console takes them: the newest always arrive, and the gap is noted where it is. */
class ConsoleBacklogTest {

    private static List<String> drainAll(ConsoleBacklog backlog, int perFrame) {
        List<String> out = new ArrayList<>();
        while (!backlog.isEmpty()) {
            backlog.drain(perFrame, l -> out.add(l.text()));
        }
        return out;
    }

    @Test
    void theNewestLinesSurviveAndOneNoteStandsWhereTheSkippedLinesWere() {
        ConsoleBacklog backlog = new ConsoleBacklog(100);
        List<String> shown = new ArrayList<>();
        IntStream.range(0, 50).forEach(n -> backlog.add(ConsoleLine.now("sink", "num " + n)));
        backlog.drain(50, l -> shown.add(l.text()));
        IntStream.range(50, 1000).forEach(n -> backlog.add(ConsoleLine.now("sink", "num " + n)));
        shown.addAll(drainAll(backlog, 30));

        assertEquals("num 49", shown.get(49));
        assertEquals("(850 log lines skipped here: the nodes logged faster than the console shows; the newest lines are kept)",
                shown.get(50), "the note sits between the last line shown and the first kept");
        assertEquals("num 900", shown.get(51));
        assertEquals("num 999", shown.getLast(), "the last line logged is the last line shown");
        assertEquals(151, shown.size());
    }

    @Test
    void aBacklogThatNeverOverflowsHandsOverEveryLineInOrderWithNoNote() {
        ConsoleBacklog backlog = new ConsoleBacklog(100);
        IntStream.range(0, 100).forEach(n -> backlog.add(ConsoleLine.now(null, "line " + n)));
        List<String> shown = drainAll(backlog, 7);
        assertEquals(IntStream.range(0, 100).mapToObj(n -> "line " + n).toList(), shown);
        assertTrue(shown.stream().noneMatch(l -> l.contains("skipped")));
    }
}
