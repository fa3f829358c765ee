package dev.zmqstudio.runtime.engine;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A node failing on every message logs its first failure, then at most one line a second, and counts them all. */
class NodeErrorsTest {
    private static final long SECOND = NodeErrors.REPEAT_NANOS;

    private final List<String> lines = new ArrayList<>();
    private final NodeErrors errors = new NodeErrors((node, text) -> lines.add(node + " " + text), "sink");

    @Test
    void theFirstIsLoggedThenTheRestAreCountedOnceASecond() {
        errors.add("aggregate failed on message 'm 0'", 0);
        for (int i = 1; i < 1000; i++) {
            errors.add("aggregate failed on message 'm " + i + "'", i * (SECOND / 1000)); // all within the first second
        }
        assertEquals(List.of("sink error: aggregate failed on message 'm 0'"), lines);
        errors.add("aggregate failed on message 'm 1000'", SECOND);
        assertEquals("sink error: 1000 more failures (1001 in all); the latest: aggregate failed on message 'm 1000'",
                lines.getLast());
        errors.add("aggregate failed on message 'm 1001'", SECOND + 1);
        errors.flush(SECOND + 2); // the node closes
        assertEquals(List.of("sink error: aggregate failed on message 'm 0'",
                "sink error: 1000 more failures (1001 in all); the latest: aggregate failed on message 'm 1000'",
                "sink error: 1 more failure (1002 in all); the latest: aggregate failed on message 'm 1001'"), lines);
        assertEquals(new EngineSnapshot.Errors(1002, "aggregate failed on message 'm 0'"), errors.snapshot());
    }

    @Test
    void theNodesOwnFailureIsLoggedAtOnceAfterWhatWasPending() {
        errors.add("transform failed on message 'a'", 0);
        errors.add("transform failed on message 'b'", 1);
        errors.addFatal("cannot bind tcp://127.0.0.1:1: address already in use", 2);
        assertEquals(List.of("sink error: transform failed on message 'a'",
                "sink error: 1 more failure (2 in all); the latest: transform failed on message 'b'",
                "sink error: cannot bind tcp://127.0.0.1:1: address already in use"), lines);
        assertEquals(new EngineSnapshot.Errors(3, "transform failed on message 'a'"), errors.snapshot());
        errors.flush(3);
        assertEquals(3, lines.size(), "nothing left to say");
    }

    @Test
    void theFailuresOfANodeThatWentQuietAreCountedASecondLater() {
        errors.add("a", 0);
        errors.add("b", 10);
        errors.flushDue(SECOND - 1);
        assertEquals(List.of("sink error: a"), lines);
        errors.flushDue(SECOND);
        assertEquals(List.of("sink error: a", "sink error: 1 more failure (2 in all); the latest: b"), lines);
        errors.flushDue(3 * SECOND);
        assertEquals(2, lines.size(), "nothing new to say");
    }

    @Test
    void noFailureNothingToReport() {
        errors.flush(SECOND);
        assertEquals(List.of(), lines);
        assertEquals(EngineSnapshot.Errors.NONE, errors.snapshot());
    }
}
