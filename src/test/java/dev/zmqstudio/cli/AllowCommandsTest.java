package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file that launches programs never does so silently: `run` needs --allow-commands. */
@Timeout(30)
class AllowCommandsTest {

    private static Path fileLaunching(Path dir) throws Exception {
        Path file = dir.resolve("launches.json");
        Files.writeString(file, """
                {
                  "format": 1,
                  "name": "launches",
                  "nodes": [
                    {"id": "program", "type": "PULL", "placement": "external",
                     "command": ["/bin/sh", "-c", "touch ran; echo hello from the program"]}
                  ]
                }
                """);
        return file;
    }

    @Test
    void runRefusesAFileWithCommandsAndNamesThem(@TempDir Path dir) throws Exception {
        Path file = fileLaunching(dir);
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "2s");
        assertEquals(ExitCodes.BAD_INPUT, r.exitCode());
        assertEquals(List.of("error: " + file + " launches commands (program: /bin/sh -c \"touch ran; echo hello from the program\");"
                + " run it with --allow-commands if you trust this file"), r.err().lines().filter(l -> l.startsWith("error")).toList());
        assertFalse(Files.exists(dir.resolve("ran")), "nothing was launched");
        assertEquals(0, CliHarness.run("validate", file.toString()).exitCode(), "validating never launches anything");
        assertFalse(Files.exists(dir.resolve("ran")));
    }

    @Test
    void withAllowCommandsTheProgramRunsInTheFilesFolderAndItsOutputIsPrinted(@TempDir Path dir) throws Exception {
        Path file = fileLaunching(dir);
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "10s", "--allow-commands");
        assertEquals(ExitCodes.OK, r.exitCode(), r.err());
        assertEquals(List.of("hello from the program"), r.linesOf("program"));
        assertTrue(Files.exists(dir.resolve("ran")), "it ran in the topology file's folder");
        assertTrue(r.out().contains("program  PULL       finished"), r.out());
    }
}
