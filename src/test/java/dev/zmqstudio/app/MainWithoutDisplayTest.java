package dev.zmqstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real entry point in its own JVM with no display (DISPLAY and WAYLAND_DISPLAY unset): a mistyped command and
 * every window command end at once with one line and exit 2, without starting JavaFX.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(120)
class MainWithoutDisplayTest {

    private record Result(int exitCode, String output) {
    }

    private static Result main(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process p = builder.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static void assertOneErrorLine(Result r, String start) {
        assertEquals(2, r.exitCode(), r.output());
        List<String> lines = r.output().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), r.output());
        assertTrue(lines.getFirst().startsWith(start), r.output());
        assertFalse(r.output().contains("Exception") || r.output().contains("\tat "), r.output());
        assertFalse(r.output().contains("JavaFX"), "JavaFX did not start: " + r.output());
    }

    @Test
    void aMistypedCommandIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        assertOneErrorLine(main(dir, "frob"), "error: 'frob' is not a command or a file; try --help");
    }

    @Test
    void everyWindowWithoutADisplayIsOneLineAndExit2(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), "{\"format\": 1, \"nodes\": []}");
        assertOneErrorLine(main(dir), "error: the designer needs a display");
        assertOneErrorLine(main(dir, file.toString()), "error: the designer needs a display");
        assertOneErrorLine(main(dir, file.toString(), "--screenshot", dir.resolve("s.png").toString()), "error: the designer needs a display");
        assertFalse(Files.exists(dir.resolve("s.png")));
        assertOneErrorLine(main(dir, "bench-ui"), "error: bench-ui needs a display");
    }

    @Test
    void headlessCommandsStillWorkWithoutADisplay(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), "{\"format\": 1, \"nodes\": []}");
        Result r = main(dir, "validate", file.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("0 error(s)"), r.output());
    }
}
