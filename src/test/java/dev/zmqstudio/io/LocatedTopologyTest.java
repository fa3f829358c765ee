package dev.zmqstudio.io;

import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Validation problems can point into the file like load errors do. */
class LocatedTopologyTest {

    @TempDir
    Path folder;

    @Test
    void locatesTheSubjectOfEachProblem() throws Exception {
        Path file = folder.resolve("t.json");
        Files.writeString(file, """
                {
                  "format": 1,
                  "nodes": [
                    {"id": "pub", "type": "PUB", "binds": ["tcp://127.0.0.1:5556"]},
                    {"id": "pull", "type": "PULL"}
                  ],
                  "wires": [
                    {"id": "w", "from": "pull", "to": "pub", "endpoint": "tcp://127.0.0.1:5556"}
                  ],
                  "links": [
                      {"id": "l", "from": "pull", "to": "ghost"}
                  ]
                }
                """);
        LocatedTopology loaded = TopologyFiles.loadLocated(file);
        assertEquals(TopologyFiles.load(file), loaded.topology());
        List<String> located = Validator.validate(loaded.topology()).stream()
                .map(p -> loaded.where(p) + " " + p.code()).toList();
        assertEquals(List.of(
                file + ":8:5 illegal-pair",
                file + ":11:7 missing-node"), located);
    }

    @Test
    void aProblemAboutOneFieldPointsAtThatFieldsValue() throws Exception {
        Path file = write("""
                {
                  "format": 1,
                  "nodes": [
                    {"id": "a,b", "type": "PUSH", "binds": ["inproc://q"],
                     "behaviour": {"kind": "generator", "template": "m", "rate": 1e40}},
                    {"id": "q", "type": "QUEUE", "frontend": {"options": {"sendHwm": 99999999}}}
                  ]
                }
                """);
        LocatedTopology loaded = TopologyFiles.loadLocated(file);
        List<String> located = Validator.validate(loaded.topology()).stream()
                .filter(p -> p.field() != null).map(p -> loaded.where(p) + " " + p.field()).toList();
        assertEquals(List.of(
                file + ":4:12 id",
                file + ":5:66 behaviour.rate",
                file + ":6:70 frontend.options.sendHwm"), located);
    }

    @Test
    void aFieldTheFileDoesNotHaveFallsBackToItsSubject() throws Exception {
        LocatedTopology loaded = TopologyFiles.loadLocated(write("{\"format\": 1,\n \"nodes\": [{\"id\": \"p\", \"type\": \"PUB\"}]}"));
        Problem p = new Problem(Problem.Severity.ERROR, "x", Problem.SubjectKind.NODE, "p", "m", null, "", "behaviour.rate");
        assertEquals(loaded.source() + ":2:12", loaded.where(p));
    }

    @Test
    void fallsBackToTheFileForTheTopologyItself() throws Exception {
        LocatedTopology loaded = TopologyFiles.loadLocated(write("{\"format\": 1, \"nodes\": []}"));
        Problem whole = new Problem(Problem.Severity.WARNING, "x", Problem.SubjectKind.TOPOLOGY, null, "m", null);
        assertEquals(loaded.source(), loaded.where(whole));
    }

    private Path write(String json) throws Exception {
        Path file = folder.resolve("s.json");
        Files.writeString(file, json);
        return file;
    }
}
