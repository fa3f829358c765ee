package dev.zmqstudio.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zmqstudio.model.Problem.SubjectKind.NODE;
import static dev.zmqstudio.model.ProblemAssertions.assertProblems;
import static dev.zmqstudio.model.ProblemAssertions.error;
import static dev.zmqstudio.model.ProblemAssertions.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sink's record path stays inside the output folder: relative, no way up, nothing a shell or Windows reads otherwise. */
class ValidatorOutputPathRulesTest {

    private static Topology recording(String... paths) {
        Topology t = Topology.empty("rec").withNode(SocketNode.of("pub", SocketType.PUSH,
                new Behaviour.Generator("x", 1, 1, List.of(), 1, false), "inproc://rec"));
        for (int i = 0; i < paths.length; i++) {
            t = t.withNode(SocketNode.of("sink-" + i, SocketType.PULL, new Behaviour.Sink(false, null, null, paths[i])))
                    .withWire(Wire.of("w" + i, "sink-" + i, "pub", "inproc://rec"));
        }
        return t;
    }

    @ParameterizedTest
    @ValueSource(strings = {"out.csv", "runs/2024/latency.csv", ".hidden.csv", "a..b.csv", "名前.csv", "with space.csv"})
    void relativePathsInsideTheOutputFolderAreFine(String path) {
        assertEquals(List.of(), withCode(recording(path), "output-path"));
        assertEquals(path, OutputPath.of(path).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/tmp/zmq-studio-hostile-canary/x.csv | it is absolute; a file may only write inside the output folder | x.csv",
            "C:/Users/me/x.csv | it is absolute; a file may only write inside the output folder | x.csv",
            "../.bashrc | it goes up with '..'; a file may only write inside the output folder | .bashrc",
            "runs/../../x.csv | it goes up with '..'; a file may only write inside the output folder | x.csv",
            "~/.bashrc | it starts with '~', which is not your home folder here but would look like it | .bashrc",
            "runs\\x.csv | it contains a backslash | runs/out.csv",
            "runs/ | it ends with '/', so it names a folder, not a file | runs/out.csv",
            ". | it names the output folder itself, not a file | runs/out.csv",
            "a/./b.csv | it has a '.' name | runs/out.csv",
            "a//b.csv | it has an empty name between two '/' | runs/out.csv",
            "runs/x:y.csv | it contains ':', which Windows does not allow in a file name | '-'",
    })
    void pathsThatLeaveOrMisnameTheFolderAreErrorsWithAFix(String path, String reason, String fixMentions) {
        List<Problem> problems = withCode(recording(path), "output-path");
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.getFirst();
        assertTrue(p.isError());
        assertEquals("sink-0", p.subjectId());
        assertEquals("its record path \"" + path + "\" is refused: " + reason, p.message());
        assertTrue(p.fix().contains(fixMentions), p.fix());
    }

    @Test
    void controlCharactersAreNamedAndNeverPrintedRaw() {
        Problem p = withCode(recording("a\u0000b\u001b[31m.csv"), "output-path").getFirst();
        assertEquals("its record path \"a\\u0000b\\u001B[31m.csv\" is refused: it contains the control character U+0000",
                p.message());
    }

    @Test
    void anEmptyPathIsRefused() {
        assertEquals("its record path \"\" is refused: it is empty",
                withCode(recording(""), "output-path").getFirst().message());
    }

    @Test
    void veryLongPathsAndNamesAreRefusedAndShownShortened() {
        Problem tooLong = withCode(recording("a/".repeat(600) + "x.csv"), "output-path").getFirst();
        assertTrue(tooLong.message().endsWith("is refused: it is 1205 characters long, more than 1024"), tooLong.message());
        assertTrue(tooLong.message().length() < 200, tooLong.message());
        Problem longName = withCode(recording("x".repeat(300) + ".csv"), "output-path").getFirst();
        assertTrue(longName.message().endsWith("is longer than 255 bytes"), longName.message());
        Problem deep = withCode(recording("a/".repeat(16) + "x.csv"), "output-path").getFirst();
        assertTrue(deep.message().endsWith("it has 17 names, more than 16"), deep.message());
    }

    @Test
    void twoSinksRecordingTheSameFileClash() {
        assertProblems(recording("same.csv", "other.csv", "same.csv"), "output-clash",
                error("output-clash", NODE, "sink-2", "it records to \"same.csv\", which node sink-0 records to as well",
                        "give each sink its own record file"));
    }

    @Test
    void ofRefusesWhatCheckRefuses() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputPath.of("../x"));
        assertEquals("it goes up with '..'; a file may only write inside the output folder", e.getMessage());
        assertEquals(List.of("runs", "x.csv"), OutputPath.of("runs/x.csv").names());
        assertFalse(OutputPath.check("runs/x.csv").isPresent());
    }
}
