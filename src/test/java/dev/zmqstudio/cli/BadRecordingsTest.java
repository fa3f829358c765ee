package dev.zmqstudio.cli;

import dev.zmqstudio.record.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #18: a file that is not a readable recording gives one clear message (exit 2, no stack trace), and a run
 * killed while recording leaves a recording that opens up to its last committed batch.
 */
@Timeout(120)
class BadRecordingsTest {
    @TempDir
    static Path dir;
    static Path good;

    @BeforeAll
    static void recordOnce() throws Exception {
        good = dir.resolve("good.zsrec");
        RecordingFiles.record(RecordingFiles.throughAStreamer(dir, 500, 5000), good);
    }

    private static void assertOneClearError(Path file, String expected) {
        CliHarness r = CliHarness.run("inspect", file.toString());
        assertEquals(2, r.exitCode(), r.out());
        List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.getFirst().startsWith("error: " + file), r.err());
        assertTrue(lines.getFirst().contains(expected), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
    }

    @Test
    void aMissingFile() {
        assertOneClearError(dir.resolve("none.zsrec"), "no such file");
    }

    @Test
    void anEmptyFile() throws Exception {
        assertOneClearError(Files.createFile(dir.resolve("empty.zsrec")), "empty: not a recording");
    }

    @Test
    void aFileThatIsNotSqlite() throws Exception {
        assertOneClearError(Files.writeString(dir.resolve("topology.zsrec"), "{\"format\": 1}"),
                "a recording is an SQLite database, and this file is not one");
    }

    @Test
    void anotherSqliteDatabase() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertOneClearError(other, "an SQLite database, but not a ZMQ Studio recording");
    }

    @Test
    void aRecordingFromANewerFormat() throws Exception {
        Path newer = Files.copy(good, dir.resolve("newer.zsrec"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = db.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertOneClearError(newer, "made by a newer ZMQ Studio (recording format 99");
    }

    @Test
    void aTruncatedRecording() throws Exception {
        byte[] all = Files.readAllBytes(good);
        Path cut = Files.write(dir.resolve("cut.zsrec"), java.util.Arrays.copyOf(all, all.length / 2));
        assertOneClearError(cut, "damaged or truncated");
    }

    @Test
    void aRecordingLockedByAnotherProgram() throws Exception {
        Path locked = Files.copy(good, dir.resolve("locked.zsrec"));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + locked); Statement s = db.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("PRAGMA journal_mode = DELETE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO events (at_ns, kind) VALUES (0, 'x')");
            assertOneClearError(locked, "locked by another program");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aRunKilledWhileRecordingLeavesWhatItCommitted(@TempDir Path out) throws Exception {
        Path topology = RecordingFiles.throughAStreamer(out, 0, 200); // no end: it runs until killed
        Path recording = out.resolve("killed.zsrec");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.zmqstudio.app.Main", "run", topology.toString(),
                "--duration", "2m", "--record", recording.toString()));
        Process run = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolve("run.log").toFile()).start();
        try {
            long seen = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (seen < 100 && System.nanoTime() < deadline) {
                seen = countOrZero(recording);
                java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L); // polls the condition
            }
            assertTrue(seen >= 100, "the run recorded messages before it was killed: " + seen);
        } finally {
            run.destroyForcibly(); // SIGKILL: no shutdown hook, nothing finished
            run.waitFor(30, TimeUnit.SECONDS);
        }
        CliHarness r = CliHarness.run("inspect", recording.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("was not finished"), r.err());
        long lines = r.outLines().stream().filter(l -> !l.isBlank()).count();
        assertTrue(lines >= 100, "what was committed before the kill: " + lines);
    }

    private static long countOrZero(Path recording) {
        if (!Files.exists(recording)) {
            return 0;
        }
        try (Recording r = Recording.open(recording)) {
            long[] n = {0};
            r.messages(dev.zmqstudio.record.MessageQuery.ALL, m -> n[0]++);
            return n[0];
        } catch (Exception e) {
            return 0; // still being created
        }
    }
}
