package dev.zmqstudio.boot;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * README's first command, for real: the packaged jar started by `java -jar` with the JDK 25 on the PATH and
 * JAVA_HOME unset, and with an older `java` (17 here, /usr/bin/java) and JAVA_HOME pointing at the JDK 25 or at
 * nothing usable. Runs in `mvn verify` after `package` (failsafe), on the jar in target/.
 */
@Timeout(180)
class JarLaunchIT {
    private static final Path JAR = Path.of(System.getProperty("zmqstudio.jar", "target/zmq-studio.jar")).toAbsolutePath();
    private static final Path JDK_25 = Path.of(System.getProperty("java.home"));
    private static final String UNSUPPORTED_JAVAFX = "Unsupported JavaFX configuration";

    @TempDir
    static Path dir;
    static Path ticks;

    private record Result(int exitCode, String output) {
        List<String> lines() {
            return output.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    @BeforeAll
    static void files() throws IOException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by `mvn package` before the integration tests");
        ticks = Files.writeString(dir.resolve("ticks.json"), """
                {
                  "format": 1,
                  "name": "ticks",
                  "nodes": [
                    {"id": "ticker", "type": "PUSH", "binds": ["inproc://ticks"],
                     "behaviour": {"kind": "generator", "template": "tick {n}", "rate": 5}, "layout": {"x": 100, "y": 100}},
                    {"id": "sink", "type": "PULL", "binds": [], "behaviour": {"kind": "sink"}, "layout": {"x": 400, "y": 100}}
                  ],
                  "wires": [{"id": "w1", "from": "sink", "to": "ticker", "endpoint": "inproc://ticks"}],
                  "links": []
                }
                """);
    }

    /** An installed Java 17 to 24: the PATH's `java` when it is one (as on CI), else one in /usr/lib/jvm. */
    private static Optional<Jdk> olderJava() {
        Stream<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(s -> !s.isEmpty()).map(s -> Path.of(s, "java")).filter(Files::isExecutable)
                .flatMap(java -> {
                    try {
                        return Stream.of(java.toRealPath().getParent().getParent());
                    } catch (IOException e) {
                        return Stream.empty();
                    }
                });
        Stream<Path> installed = JdkFinder.defaultFolders(System.getProperty("os.name"), Path.of(System.getProperty("user.home")))
                .stream().filter(Files::isDirectory).flatMap(folder -> {
                    try (Stream<Path> children = Files.list(folder)) {
                        return children.sorted().toList().stream();
                    } catch (IOException e) {
                        return Stream.empty();
                    }
                });
        return Stream.concat(onPath, installed).map(Jdk::at).flatMap(Optional::stream)
                .filter(jdk -> jdk.feature() >= 17 && jdk.feature() < Boot.REQUIRED).findFirst();
    }

    private static Jdk java17() {
        Optional<Jdk> older = olderJava();
        assumeTrue(older.isPresent(), "no Java 17 to 24 installed here to start the jar with");
        return older.get();
    }

    /** `java [options] -jar zmq-studio.jar args` with {@code java} first on the PATH and JAVA_HOME as given (null: unset). */
    private static Result launch(Path javaHome, String envJavaHome, List<String> options, String... args)
            throws IOException, InterruptedException {
        Process p = start(javaHome, envJavaHome, options, args).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ended");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private static ProcessBuilder start(Path javaHome, String envJavaHome, List<String> options, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaHome.resolve("bin").resolve("java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", javaHome.resolve("bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("JDK_JAVA_OPTIONS");
        if (envJavaHome == null) {
            env.remove("JAVA_HOME");
        } else {
            env.put("JAVA_HOME", envJavaHome);
        }
        return builder;
    }

    private static void assertClean(Result r) {
        assertFalse(r.output().contains("Exception") || r.output().contains("\tat ") || r.output().contains("WARNING"), r.output());
    }

    @Test
    void jdk25OnThePathStartsTheAppWithoutJavaHome() throws Exception {
        Result version = launch(JDK_25, null, List.of(), "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().startsWith("ZMQ Studio "), version.output());
        assertTrue(version.output().contains("Java " + Runtime.version().feature()), version.output());
        assertClean(version);
    }

    @Test
    void java17WithJavaHomeAtJdk25StartsTheAppThereAndPassesItsExitCodeBack() throws Exception {
        Jdk java17 = java17();
        Result version = launch(java17.home(), JDK_25.toString(), List.of(), "--version");
        assertEquals(0, version.exitCode(), version.output());
        assertTrue(version.output().startsWith("ZMQ Studio "), version.output());
        assertTrue(version.output().contains("Java " + Runtime.version().feature()), "runs on the JDK 25: " + version.output());
        assertClean(version);

        Result valid = launch(java17.home(), JDK_25.toString(), List.of(), "validate", ticks.toString());
        assertEquals(0, valid.exitCode(), valid.output());
        assertEquals(List.of(ticks + ": 0 error(s), 0 warning(s)"), valid.lines());

        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(ticks).replace("\"from\": \"sink\"", "\"from\": \"ghost\""));
        Result invalid = launch(java17.home(), JDK_25.toString(), List.of(), "validate", bad.toString());
        assertEquals(1, invalid.exitCode(), invalid.output());
        assertTrue(invalid.output().contains(bad + ":9:13: error: wire w1: its \"from\" node \"ghost\" does not exist"), invalid.output());
    }

    @Test
    void java17FindsAJdk25InTheJdkFoldersWhenJavaHomeIsUnset(@TempDir Path jvm) throws Exception {
        Jdk java17 = java17();
        Path link = Files.createSymbolicLink(jvm.resolve("temurin-25"), JDK_25);
        Result r;
        try {
            r = launch(java17.home(), null, List.of("-D" + JdkFinder.FOLDERS_PROPERTY + "=" + jvm), "--version");
        } finally {
            Files.delete(link);
        }
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("Java " + Runtime.version().feature()), r.output());
    }

    @Test
    void java17WithNoJdk25AnywhereSaysWhatToDoInOneLineAndExits2(@TempDir Path emptyJvmFolder) throws Exception {
        Jdk java17 = java17();
        List<String> options = List.of("-D" + JdkFinder.FOLDERS_PROPERTY + "=" + emptyJvmFolder);
        for (String javaHome : Arrays.asList(null, java17.home().toString())) {
            Result r = launch(java17.home(), javaHome, options, "--version");
            assertEquals(2, r.exitCode(), r.output());
            assertEquals(1, r.lines().size(), r.output());
            assertTrue(r.output().startsWith("error: ZMQ Studio needs Java 25 or newer; this is Java " + java17.feature() + " ("),
                    r.output());
            assertTrue(r.output().contains(javaHome == null ? "JAVA_HOME is not set" : "JAVA_HOME (" + javaHome + ") is Java "
                    + java17.feature()), r.output());
            assertTrue(r.output().contains("Install JDK 25"), r.output());
            assertClean(r);
        }
    }

    @Test
    void stoppingTheOlderJavaStopsTheAppItStarted() throws Exception {
        Jdk java17 = java17();
        Process parent = start(java17.home(), JDK_25.toString(), List.of(), "run", ticks.toString(), "--duration", "120s")
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("[sink] Received message: tick"));
            assertTrue(line != null, "the app ran on the JDK 25 and its sink logged");
            List<ProcessHandle> app = parent.descendants().toList();
            assertFalse(app.isEmpty());
            parent.destroy(); // SIGTERM, as `kill` and `timeout` send
            assertTrue(parent.waitFor(60, TimeUnit.SECONDS), "the older java ended");
            for (ProcessHandle p : app) {
                assertTrue(p.onExit().get(60, TimeUnit.SECONDS) != null && !p.isAlive(), "the app it started ended too");
            }
        } finally {
            parent.descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
        }
    }

    @Test
    void headlessCommandsLoadNoJavaFx() throws Exception {
        Result r = launch(JDK_25, null, List.of("-verbose:class"), "validate", ticks.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("dev.zmqstudio.cli.ValidateCommand"), "the log lists the loaded classes");
        assertFalse(r.output().contains(" javafx."), "no JavaFX class loaded by validate");
    }

    @Test
    void theDesignerStartsWithJavaFxAsModulesAndPrintsNoWarning() throws Exception {
        Path png = dir.resolve("shot.png");
        // JavaFX's headless platform (as the UI tests use): a real window start without a display
        Result r = launch(JDK_25, null, List.of("-Dglass.platform=Headless", "-Dprism.order=sw"),
                ticks.toString(), "--screenshot", png.toString());
        assertEquals(0, r.exitCode(), r.output());
        assertTrue(Files.size(png) > 0, "wrote the screenshot");
        assertFalse(r.output().contains(UNSUPPORTED_JAVAFX), r.output());
        assertEquals(List.of("Wrote " + png), r.lines(), "prints what it wrote and nothing else");
    }

    @Test
    void exportDrawsTheDiagramAsSvgAndPdfWithoutADisplay() throws Exception {
        for (String kind : List.of("svg", "pdf")) {
            Path out = dir.resolve("pictures-" + kind);
            ProcessBuilder builder = start(JDK_25, null, List.of(), "export", ticks.toString(), "--to", kind, "-o", out.toString())
                    .redirectErrorStream(true);
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            Process p = builder.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "ended");
            assertEquals(0, p.exitValue(), output);
            Path picture = out.resolve("ticks." + kind);
            assertEquals(List.of("Wrote " + picture), output.lines().filter(l -> !l.isBlank()).toList(), "prints what it wrote and nothing else");
            String head = new String(Files.readAllBytes(picture), 0, 5, StandardCharsets.US_ASCII);
            assertEquals(kind.equals("svg") ? "<?xml" : "%PDF-", head);
        }
    }
}
