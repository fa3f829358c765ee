package dev.zmqstudio.io;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Loading from disk: the file name in messages, encodings, files that cannot be read. */
class LoadFileTest {

    @TempDir
    Path folder;

    @Test
    void namesTheFileInEveryMessage() throws Exception {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"nodes\": [],\n}\n");
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ":4:1: trailing comma before '}'; remove the last ','", e.getMessage());
        assertEquals(file.toString(), e.source());
        assertEquals(4, e.line());
        assertEquals(1, e.column());
        assertEquals("trailing comma before '}'; remove the last ','", e.problem());
    }

    @Test
    void reportsAMissingFileWithoutALocation() {
        Path file = folder.resolve("nope.json");
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ": cannot read the file: no such file", e.getMessage());
    }

    @Test
    void reportsBytesThatAreNotUtf8WhereTheyAre() throws Exception {
        Path file = folder.resolve("latin1.json");
        Files.write(file, "{\"format\": 1,\n \"name\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ":2:14: the file is not UTF-8 text (byte 0xE9); save it as UTF-8", e.getMessage());
    }

    @Test
    void acceptsAUtf8ByteOrderMarkAndCountsColumnsWithoutIt() throws Exception {
        Path file = folder.resolve("bom.json");
        Files.write(file, "\uFEFF{\"format\": 3}".getBytes(StandardCharsets.UTF_8));
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ":1:12: unsupported format 3; supported formats: 1", e.getMessage());
    }

    @Test
    void loadsWhatSaveWrote() throws Exception {
        Path file = folder.resolve("everything.json");
        TopologyFiles.save(SampleTopologies.everything(), file);
        assertEquals(SampleTopologies.everything(), TopologyFiles.load(file));
        assertEquals(Files.readString(file), TopologyFiles.toJson(TopologyFiles.load(file)));
    }

    @Test
    @Timeout(20)
    void refusesANamedPipeAtOnceInsteadOfWaitingForAWriter() throws Exception {
        Path fifo = folder.resolve("pipe.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.assumeTrue(false, "no mkfifo here");
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(fifo));
        assertEquals(fifo + ": cannot read the file: it is a named pipe (FIFO), not a regular file; "
                + "open a topology .json file", e.getMessage());
    }

    @Test
    @Timeout(20)
    void refusesADeviceThatNeverEnds() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(zero));
        assertEquals("/dev/zero: cannot read the file: it is a device, not a regular file; open a topology .json file",
                e.getMessage());
    }

    @Test
    void refusesAFolder() {
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(folder));
        assertEquals(folder + ": cannot read the file: it is a folder; open a topology .json file", e.getMessage());
    }

    @Test
    void refusesAFileLargerThan16MiBWithoutReadingIt() throws Exception {
        Path big = folder.resolve("big.json");
        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(3L << 30); // 3 GiB, sparse: reading it would take long and fill the heap
        }
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(big));
        assertEquals(big + ": cannot read the file: it is 3072.0 MiB; a topology file is at most 16 MiB", e.getMessage());
    }

    @Test
    void readsAFileOfExactly16MiB() throws Exception {
        Path file = folder.resolve("padded.json");
        byte[] json = TopologyFiles.toJson(dev.zmqstudio.model.Topology.empty("padded")).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[InputFile.MAX_BYTES];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(json, 0, bytes, 0, json.length);
        Files.write(file, bytes);
        assertEquals("padded", TopologyFiles.load(file).name());
        Files.write(file, new byte[] {' '}, java.nio.file.StandardOpenOption.APPEND);
        TopologyFormatException e = assertThrows(TopologyFormatException.class, () -> TopologyFiles.load(file));
        assertEquals(file + ": cannot read the file: it is 16.0 MiB; a topology file is at most 16 MiB", e.getMessage());
    }
}
