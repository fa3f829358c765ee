package dev.zmqstudio.runtime.behaviour;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** countBy's counts stay bounded whatever the messages say. */
class KeyCountsTest {

    @Test
    void countsEachTextSorted() {
        KeyCounts counts = new KeyCounts();
        for (String key : new String[] {"WARNING", "INFO", "INFO", ""}) {
            counts.count(key);
        }
        assertEquals(Map.of("", 1L, "INFO", 2L, "WARNING", 1L), counts.snapshot());
        assertEquals("", counts.snapshot().keySet().iterator().next(), "sorted");
    }

    @Test
    void pastTheLimitNewTextsCountAsOtherAndLongOnesAreCut() {
        KeyCounts counts = new KeyCounts();
        for (int i = 0; i < KeyCounts.MAX_KEYS + 5; i++) {
            counts.count("k" + i);
        }
        counts.count("k0");
        Map<String, Long> snapshot = counts.snapshot();
        assertEquals(KeyCounts.MAX_KEYS + 1, snapshot.size());
        assertEquals(5L, snapshot.get(KeyCounts.OTHER));
        assertEquals(2L, snapshot.get("k0"), "a text already counted goes on counting");

        KeyCounts cut = new KeyCounts();
        cut.count("x".repeat(5000));
        assertEquals(KeyCounts.MAX_KEY_LENGTH, cut.snapshot().keySet().iterator().next().length());
    }
}
