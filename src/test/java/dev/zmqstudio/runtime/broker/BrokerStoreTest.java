package dev.zmqstudio.runtime.broker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The broker's SQLite store: offsets per topic, consumers' committed offsets, retention, and both survive a reopen. */
class BrokerStoreTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<BrokerStore.Stored> stored) {
        return stored.stream().map(s -> s.offset() + "=" + new String(s.payload(), StandardCharsets.UTF_8)).toList();
    }

    @Test
    void flushedMessagesAndOffsetsAreThereAfterAReopenAndUnflushedOnesAreNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("b.db");
        try (BrokerStore store = new BrokerStore(file)) {
            assertEquals(0, store.append("A", b("a0"), 1));
            assertEquals(1, store.append("A", b("a1"), 2));
            assertEquals(0, store.append("B", b("b0"), 3), "offsets count per topic");
            assertEquals(0, store.register("reader", "A"));
            assertEquals(2, store.commit("reader", "A", 2));
            store.flush();
        }
        try (BrokerStore store = new BrokerStore(file)) {
            assertEquals(2, store.end("A"));
            assertEquals(List.of("0=a0", "1=a1"), texts(store.read("A", 0, 10)));
            assertEquals(2L, store.committedOf("reader", "A"), "the committed offset was kept");
            assertEquals(2, store.register("reader", "A"), "registering again resumes where it was");
            assertNull(store.committedOf("reader", "B"));
            store.append("A", b("a2"), 4); // not flushed (never acknowledged): another process does not see it
            try (BrokerStore other = new BrokerStore(file)) {
                assertEquals(2, other.end("A"));
            }
        }
    }

    @Test
    void aCommitNeverMovesBackNorPastTheEnd(@TempDir Path dir) throws Exception {
        try (BrokerStore store = new BrokerStore(dir.resolve("b.db"))) {
            store.append("A", b("x"), 1);
            store.register("r", "A");
            assertEquals(1, store.commit("r", "A", 7), "past the end: the end");
            assertEquals(1, store.commit("r", "A", 0), "back: stays");
        }
    }

    @Test
    void retentionKeepsTheNewestAndTheYoungAndConsumersResumeAtTheFirstKept(@TempDir Path dir) throws Exception {
        try (BrokerStore store = new BrokerStore(dir.resolve("b.db"))) {
            for (int i = 0; i < 10; i++) {
                store.append("A", b("m" + i), 1000L * i);
            }
            store.register("slow", "A");
            store.flush();
            store.retain(4, 0, 10_000);
            assertEquals(6, store.first("A"));
            assertEquals(List.of("6=m6", "7=m7", "8=m8", "9=m9"), texts(store.read("A", 0, 100)));
            assertEquals(6, store.register("slow", "A"), "its offset was dropped: it resumes at the first kept");
            store.retain(0, 2_000, 10_000); // older than 2 s at t = 10 s: m6 and m7 (at 6 s and 7 s) go
            assertEquals(8, store.first("A"));
            assertEquals(Map.of("slow", 0L), store.topics().get("A").committed(), "offsets as committed");
        }
    }
}
