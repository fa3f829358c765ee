package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** validate and run read only plain files of at most 16 MiB: a pipe or a device is one clear line, at once. */
@Timeout(30)
class InputFileCliTest {

    private static void assertRefused(CliHarness r, String line) {
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode(), r.out() + r.err());
        assertEquals("", r.out());
        assertEquals("error: " + line + System.lineSeparator(), r.err());
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("t.json");
        try {
            assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        String line = fifo + ": cannot read the file: it is a named pipe (FIFO), not a regular file; open a topology .json file";
        assertRefused(CliHarness.run("validate", fifo.toString()), line);
        assertRefused(CliHarness.run("run", fifo.toString(), "--duration", "1s", "--output-dir", dir.resolve("out").toString()), line);
    }

    @Test
    void aDeviceIsRefusedInsteadOfReadForever() {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        assertRefused(CliHarness.run("validate", "/dev/zero"),
                "/dev/zero: cannot read the file: it is a device, not a regular file; open a topology .json file");
    }

    @Test
    void aFolderAndAHugeFileAreRefused(@TempDir Path dir) throws Exception {
        assertRefused(CliHarness.run("validate", dir.toString()),
                dir + ": cannot read the file: it is a folder; open a topology .json file");
        Path big = dir.resolve("big.json");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(17L << 20);
        }
        assertRefused(CliHarness.run("validate", big.toString()),
                big + ": cannot read the file: it is 17.0 MiB; a topology file is at most 16 MiB");
    }
}
