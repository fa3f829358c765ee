package dev.zmqstudio.runtime.engine;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What the output folder writes and what it refuses, checked on a real disk with links made by the test. */
class OutputFolderTest {

    @TempDir
    Path temp;
    Path out;
    Path outside;
    OutputFolder folder;

    @BeforeEach
    void folders() throws IOException {
        out = temp.resolve("out");
        outside = Files.createDirectory(temp.resolve("outside"));
        folder = new OutputFolder(out);
    }

    private void write(String relative, String text) throws IOException {
        try (OutputStream stream = folder.create(relative)) {
            stream.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private String refusal(String relative) {
        return assertThrows(OutputFolder.RefusedException.class, () -> write(relative, "hostile")).getMessage();
    }

    private List<Path> everythingOutside() throws IOException {
        try (Stream<Path> all = Files.walk(outside)) {
            return all.toList();
        }
    }

    @Test
    void makesTheFolderAndTheFoldersBelowItAndReplacesItsOwnFiles() throws Exception {
        write("runs/2024/x.csv", "first");
        write("runs/2024/x.csv", "second");
        assertEquals("second", Files.readString(out.resolve("runs/2024/x.csv")));
    }

    @Test
    void refusesWhatTheValidatorRefusesAndMakesNothing() throws Exception {
        assertEquals("the path is refused: it goes up with '..'; a file may only write inside the output folder",
                refusal("../outside/x.csv"));
        assertEquals("the path is refused: it is absolute; a file may only write inside the output folder",
                refusal(outside.resolve("x.csv").toString()));
        assertEquals(List.of(outside), everythingOutside());
        assertFalse(Files.exists(out), "nothing made for a refused path");
    }

    @Test
    void neverWritesThroughALinkToAFile() throws Exception {
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("x.csv"), precious);
        assertEquals("\"x.csv\" is a symbolic link; files are written only to regular files inside the output folder, "
                + "never through links", refusal("x.csv"));
        assertEquals("keep me", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(out.resolve("x.csv")), "the link is left as it was");
    }

    @Test
    void neverCreatesAFileThroughADanglingLink() throws Exception {
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("x.csv"), outside.resolve("new.csv"));
        refusal("x.csv");
        assertEquals(List.of(outside), everythingOutside());
    }

    @Test
    void neverEntersALinkedFolder() throws Exception {
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("runs"), outside);
        assertEquals("\"runs\" is a symbolic link; files are written only to real folders inside the output folder",
                refusal("runs/x.csv"));
        assertEquals("\"runs\" is a symbolic link; files are written only to real folders inside the output folder",
                refusal("runs/deeper/x.csv"));
        assertEquals(List.of(outside), everythingOutside());
    }

    @Test
    void aLinkedFolderDeeperDownIsRefusedToo() throws Exception {
        Files.createDirectories(out.resolve("a"));
        Files.createDirectories(outside.resolve("b"));
        Files.createSymbolicLink(out.resolve("a").resolve("b"), outside.resolve("b"));
        refusal("a/b/x.csv");
        assertEquals(List.of(outside, outside.resolve("b")), everythingOutside());
    }

    @Test
    void refusesAFolderWhereTheFileShouldBeAndAFileWhereAFolderShouldBe() throws Exception {
        Files.createDirectories(out.resolve("taken"));
        Files.writeString(out.resolve("plain"), "data");
        assertEquals("\"taken\" is a folder; name a file", refusal("taken"));
        assertEquals("\"plain\" is a file, not a folder", refusal("plain/x.csv"));
        assertEquals("data", Files.readString(out.resolve("plain")));
    }

    @Test
    void refusesAFileWithAnotherHardLink() throws Exception {
        Path precious = Files.writeString(outside.resolve("precious.txt"), "keep me");
        Files.createDirectories(out);
        try {
            Files.createLink(out.resolve("x.csv"), precious);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "hard links across these folders are not possible here: " + e);
        }
        assertEquals("\"x.csv\" has other hard links, so writing it would change another file too", refusal("x.csv"));
        assertEquals("keep me", Files.readString(precious));
    }

    @Test
    void refusesAPipeWithoutWaitingForAReader() throws Exception {
        Files.createDirectories(out);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", out.resolve("x.csv").toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        assertEquals("\"x.csv\" is not a regular file (a pipe, socket or device); name a file", refusal("x.csv"));
    }

    @Test
    void theOutputFolderMayItselfBeALinkTheUserChose() throws Exception {
        Path linked = Files.createSymbolicLink(temp.resolve("linked-out"), outside);
        folder = new OutputFolder(linked);
        write("x.csv", "mine");
        assertEquals("mine", Files.readString(outside.resolve("x.csv")));
    }

    @Test
    void anOutputFolderThatIsAFileIsSaidSo() throws Exception {
        Files.writeString(out, "not a folder");
        assertEquals("the output folder " + out + " is a file, not a folder", refusal("x.csv"));
    }
}
