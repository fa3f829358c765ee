package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** validate compiles expressions and templates, and locates what it finds like every other problem. */
@Timeout(60)
class ValidateExpressionsTest {

    private static final String PIPELINE = """
            {
              "format": 1,
              "nodes": [
                { "id": "gen", "type": "PUSH", "binds": ["inproc://v-in"],
                  "behaviour": { "kind": "generator", "template": "%s", "count": 3, "log": false } },
                { "id": "in", "type": "PULL" },
                { "id": "out", "type": "PUSH", "binds": ["inproc://v-out"] },
                { "id": "sink", "type": "PULL", "behaviour": { "kind": "sink", "log": false, "aggregate": "%s" } }
              ],
              "wires": [
                { "id": "w1", "from": "in", "to": "gen", "endpoint": "inproc://v-in" },
                { "id": "w2", "from": "sink", "to": "out", "endpoint": "inproc://v-out" }
              ],
              "links": [
                { "id": "l1", "from": "in", "to": "out", "filter": "%s" }
              ]
            }
            """;

    private static Path file(Path dir, String template, String aggregate, String filter) throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, PIPELINE.formatted(template, aggregate, filter));
        return file;
    }

    @Test
    void everyExpressionAndTemplateProblemIsLocatedAtItsField(@TempDir Path dir) throws Exception {
        Path file = file(dir, "{rand:5..1}", "num(json.x", "json.num %%% 2 ==");
        CliHarness r = CliHarness.run("validate", file.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode());
        assertTrue(r.out().contains(file + ":5:55: error: node gen: template: {rand:5..1} in '{rand:5..1}' has its bounds"
                + " reversed; write {rand:1..5} Fix: "), r.out());
        assertTrue(r.out().contains(file + ":8:95: error: node sink: aggregate 'num(json.x' is not a valid expression"), r.out());
        assertTrue(r.out().contains(file + ":15:56: error: link l1: filter 'json.num %%% 2 ==' is not a valid expression"),
                r.out());
        assertTrue(r.out().contains("3 error(s)"), r.out());
    }

    @Test
    void aCountByThatIsNotAnExpressionAndALogPublisherInprocAreLocatedToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, """
                {
                  "format": 1,
                  "settings": { "logPublisher": "inproc://logs" },
                  "nodes": [
                    { "id": "sink", "type": "PULL", "behaviour": { "kind": "sink", "countBy": "split(frames[0], " } }
                  ]
                }
                """);
        CliHarness r = CliHarness.run("validate", file.toString());
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode(), r.out());
        assertTrue(r.out().contains(file + ":3:33: error: topology: the log publisher 'inproc://logs' is not a tcp:// or ipc:// address"
                + " (inproc reaches only sockets of the same process)"), r.out());
        assertTrue(r.out().contains(file + ":5:79: error: node sink: countBy 'split(frames[0], ' is not a valid expression"), r.out());
    }

    @Test
    void runRefusesWhatValidateRefusesBeforeStartingAnything(@TempDir Path dir) throws Exception {
        Path file = file(dir, "{n}", "json.x", "msg.matches('(.*a){30}')");
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "1s");
        assertEquals(ExitCodes.VALIDATION_ERRORS, r.exitCode());
        assertTrue(r.err().contains(file + ":15:56: error: link l1: filter 'msg.matches('(.*a){30}')' calls .matches():"
                + " that method is not allowed"), r.err());
        assertFalse(r.out().contains("Summary"), r.out());
    }

    @Test
    void whatValidatePassesRuns(@TempDir Path dir) throws Exception {
        Path file = file(dir, "{\\\"x\\\": {rand:0..9223372036854775807}}", "json.x >= 0 ? 1 : 0", "matches(msg, '.*x.*')");
        assertEquals(ExitCodes.OK, CliHarness.run("validate", file.toString()).exitCode());
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "10s");
        assertEquals(ExitCodes.OK, r.exitCode(), r.out() + r.err());
        assertTrue(r.out().contains("link l1 (in -> out): 3 passed, 0 filtered"), r.out());
        assertTrue(r.out().contains("aggregate: count 3, sum 3"), r.out());
    }
}
