package dev.zmqstudio.ui.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each topology run from the designer writes into its own folder, named after the file. */
class RunOutputFolderTest {

    @Test
    void theFolderIsTheFileNameWithoutJsonUnderTheOutputBase() {
        Path base = Path.of(System.getProperty("zmqstudio.output", System.getProperty("user.home") + "/zmq-studio"));
        assertEquals(base.resolve("pubsub-centralized-vs-direct"),
                RunOutputFolder.of(Path.of("/opt/zmq-studio/topologies/pubsub-centralized-vs-direct.json")));
        assertEquals(base.resolve("untitled"), RunOutputFolder.of(null));
    }

    @Test
    void oddFileNamesStillGiveOneFolderInsideTheBase() {
        assertEquals("Pipeline", RunOutputFolder.nameFor(Path.of("Pipeline.JSON")));
        assertEquals("notes.txt", RunOutputFolder.nameFor(Path.of("notes.txt")));
        assertEquals("untitled", RunOutputFolder.nameFor(Path.of("..json")));
        assertEquals("untitled", RunOutputFolder.nameFor(Path.of("...json")));
        assertEquals("untitled", RunOutputFolder.nameFor(Path.of(".json")));
        assertEquals("a_b", RunOutputFolder.nameFor(Path.of("a\nb.json")));
        assertEquals("untitled", RunOutputFolder.nameFor(Path.of("/")));
    }
}
