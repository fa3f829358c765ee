package dev.zmqstudio.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #13's corpus of hostile topology files ({@code src/test/resources/hostile/AREA/NAME.json}), each with what a
 * user must get from it in {@code NAME.expect}: the exit codes of {@code validate} and (optionally) {@code run}, text the
 * output must contain, and a time limit. Every file is also held to what any file must never do: print a stack trace,
 * give an unlocated validation error, write outside the run's output folder, or leave an engine thread alive.
 */
@Timeout(600)
class HostileCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/hostile");
    /** Hostile files that name an absolute path point here; it must never come to exist. */
    static final Path CANARY = Path.of("/tmp/zmq-studio-hostile-canary");
    private static final int MINIMUM_CORPUS = 60;

    @TestFactory
    Stream<DynamicTest> everyHostileFileGetsWhatItsExpectationSays() throws IOException {
        List<Path> files = corpus();
        return files.stream().map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> check(file)));
    }

    @org.junit.jupiter.api.Test
    void theCorpusIsLargeAndEveryFileHasItsExpectation() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.size() >= MINIMUM_CORPUS, "the corpus has " + files.size() + " files; issue #13 asks for "
                + MINIMUM_CORPUS + " or more");
        for (Path file : files) {
            assertTrue(Files.isRegularFile(expectationOf(file)), file + " has a .expect file beside it");
        }
    }

    private static List<Path> corpus() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            return walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path expectationOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expect");
    }

    private static void check(Path file) throws Exception {
        Properties expect = new Properties();
        try (Reader in = Files.newBufferedReader(expectationOf(file))) {
            expect.load(in);
        }
        checkValidate(file, expect);
        if (expect.getProperty("run.exit") != null) {
            checkRun(file, expect);
        }
    }

    private static void checkValidate(Path file, Properties expect) {
        CliHarness cli = CliHarness.run("validate", file.toString());
        String output = cli.out() + cli.err();
        int wanted = Integer.parseInt(expect.getProperty("validate.exit").strip());
        assertEquals(wanted, cli.exitCode(), "validate exit code; it printed:\n" + output);
        assertNoStackTrace(output);
        List<String> errorLines = output.lines().filter(l -> l.contains("error:")).toList();
        if (wanted == ExitCodes.VALIDATION_ERRORS) {
            assertFalse(errorLines.isEmpty(), "validate names an error:\n" + output);
            for (String line : errorLines) {
                assertTrue(line.matches("\\Q" + file + "\\E:\\d+:\\d+: error: .+"),
                        "every error is located as FILE:LINE:COLUMN: error: ...; this one is not: " + line);
            }
        } else if (wanted == ExitCodes.BAD_INPUT) {
            assertEquals(1, errorLines.size(), "a file that cannot be read gets one error line:\n" + output);
        }
        assertMatches(expect.getProperty("validate.match"), output, "validate");
    }

    private static void checkRun(Path file, Properties expect) throws Exception {
        Path root = Files.createTempDirectory("zs-hostile-");
        Path out = Files.createDirectory(root.resolve("out"));
        Files.writeString(root.resolve("bystander.txt"), "must stay as it is");
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        long limitMillis = Long.parseLong(expect.getProperty("run.maxSeconds", "15").strip()) * 1000;
        long started = System.nanoTime();
        CliHarness cli = CliHarness.run("run", file.toString(), "--duration", expect.getProperty("run.duration", "3s").strip(),
                "--output-dir", out.toString());
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        String output = cli.out() + cli.err();
        try {
            assertEquals(Integer.parseInt(expect.getProperty("run.exit").strip()), cli.exitCode(), "run exit code; it printed:\n"
                    + tail(output));
            assertTrue(tookMillis <= limitMillis, "the run ended in " + tookMillis + " ms, more than " + limitMillis);
            assertNoStackTrace(output);
            assertMatches(expect.getProperty("run.match"), output, "run");
            assertFalse(Files.exists(CANARY), CANARY + " was written");
            assertEquals(Set.of(root.resolve("bystander.txt"), out), children(root), "nothing written beside the output folder");
            assertEquals("must stay as it is", Files.readString(root.resolve("bystander.txt")));
            assertNoEngineThreadSurvives(before);
        } finally {
            deleteTree(root);
            deleteTree(CANARY);
        }
    }

    private static void assertNoStackTrace(String output) {
        assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), "no stack trace:\n" + tail(output));
    }

    private static void assertMatches(String regex, String output, String what) {
        if (regex != null && !regex.isBlank()) {
            assertTrue(java.util.regex.Pattern.compile(regex.strip()).matcher(output).find(),
                    what + " output contains /" + regex.strip() + "/:\n" + tail(output));
        }
    }

    /** The engine stops every node within a second; a thread of its own still alive 3 s later has leaked. */
    private static void assertNoEngineThreadSurvives(Set<Thread> before) throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        List<Thread> leaked;
        do {
            leaked = new ArrayList<>(Thread.getAllStackTraces().keySet());
            leaked.removeAll(before);
            leaked.removeIf(t -> !t.isAlive() || !isEngineThread(t.getName()));
            if (leaked.isEmpty()) {
                return;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        assertEquals(List.of(), leaked.stream().map(Thread::getName).collect(Collectors.toList()), "threads left running");
    }

    private static boolean isEngineThread(String name) {
        return name.startsWith("zs-") || name.startsWith("reaper-") || name.startsWith("iothread-");
    }

    private static Set<Path> children(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.collect(Collectors.toSet());
        }
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : "..." + output.substring(output.length() - 4000);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
