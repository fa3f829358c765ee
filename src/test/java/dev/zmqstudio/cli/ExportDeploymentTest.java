package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #20: `export FILE --to compose|kubernetes -o DIR` from the command line. */
@Timeout(60)
class ExportDeploymentTest {
    @Test
    void composeWritesTheProjectIntoTheFolderOnly(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("compose");
        CliHarness r = CliHarness.run("export", CliHarness.example("three-hosts.json").toString(), "--to", "compose",
                "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("Dockerfile", "README.md", "docker-compose.yml", "three-hosts.json", "zmq-studio.sh"), list(out));
        assertEquals(List.of("compose"), list(dir), "nothing written beside the folder");
        assertTrue(r.out().contains("Wrote " + out.toAbsolutePath().normalize().resolve("docker-compose.yml")), r.out());
        assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("not exported: the app's files: this app runs from a build"
                + " folder")), "the tests run from classes, not the jar: " + r.out());
        String readme = Files.readString(out.resolve("README.md"));
        assertTrue(readme.contains("    zmq-studio node /topology/three-hosts.json --host h1 --output-dir /data --ready-file"
                + " /tmp/zmq-studio.ready --keys /topology/keys\n"), readme);
    }

    @Test
    void kubernetesWritesManifestsAndTheImagesBuildContext(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("k8s");
        CliHarness r = CliHarness.run("export", CliHarness.example("three-hosts.json").toString(), "--to", "kubernetes",
                "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("Dockerfile", "README.md", "kubernetes.yaml", "zmq-studio.sh"), list(out));
        assertTrue(Files.readString(out.resolve("README.md")).contains(
                "kubectl create secret generic three-hosts-keys --from-file=keys/"));
    }

    @Test
    void aTopologyThatCannotBeDeployedIsRefusedSayingHowToFixIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pinned.json"), """
                {"format": 1, "name": "pinned", "nodes": [
                  {"id": "gen", "type": "PUSH", "host": "h1", "binds": ["tcp://10.1.2.3:7501"]}], "wires": []}
                """);
        Path out = dir.resolve("out");
        for (String kind : List.of("compose", "kubernetes")) {
            CliHarness r = CliHarness.run("export", file.toString(), "--to", kind, "-o", out.toString());
            assertEquals(1, r.exitCode(), kind + ": " + r.out());
            assertTrue(r.err().contains("error: node gen (host h1) binds tcp://10.1.2.3:7501, an address of one machine;"
                    + " each host of a deployment has addresses of its own: bind tcp://h1:7501 (its host's name) or"
                    + " tcp://*:7501\n"), r.err());
            assertTrue(r.err().contains("error: " + file + " cannot be deployed as it is: fix the above and export again"), r.err());
            assertEquals(List.of(), list(out), kind + ": nothing written");
        }
    }

    @Test
    void aFolderThatHoldsSomethingIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("mine.txt"), "keep");
        CliHarness r = CliHarness.run("export", CliHarness.example("three-hosts.json").toString(), "--to", "compose",
                "-o", dir.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("is not empty"), r.err());
        assertEquals(List.of("mine.txt"), list(dir));
    }

    private static List<String> list(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
