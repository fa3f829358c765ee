package dev.zmqstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** keys generate: a pair per node at the ends of secured wires, beside the file, secret ones owner-only, kept unless --force. */
@Timeout(60)
class KeysCommandTest {
    static final String SECURED = """
            {"format": 1, "name": "t", "nodes": [
             {"id": "server", "type": "REP", "binds": ["tcp://127.0.0.1:%d"], "behaviour": {"kind": "replier", "template": "ok {msg}"}},
             {"id": "client", "type": "REQ", "behaviour": {"kind": "requester", "template": "hello {n}", "rate": 10, "count": 3}},
             {"id": "other", "type": "PULL"}],
             "wires": [{"id": "w1", "from": "client", "to": "server", "endpoint": "tcp://127.0.0.1:%d", "curve": true}]}
            """;

    @Test
    void aPairForEachEndOfASecuredWireKeptUnlessForced(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), SECURED.formatted(47600, 47600));
        CliHarness r = CliHarness.run("keys", "generate", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        Path keys = dir.resolve("keys");
        for (String id : new String[] {"server", "client"}) {
            assertTrue(Files.readString(keys.resolve(id + ".key")).contains("public-key = \""));
            assertFalse(Files.readString(keys.resolve(id + ".key")).contains("secret-key"), "the public file has no secret");
            assertTrue(Files.readString(keys.resolve(id + ".key_secret")).contains("secret-key = \""));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(id + ".key_secret"))));
        }
        assertFalse(Files.exists(keys.resolve("other.key")), "a node with no secured wire needs no keys");
        assertFalse(Files.readString(file).contains("secret"), "the topology file holds no secret");
        assertTrue(r.out().contains("2 node(s) with secured wires, 1 host(s) and the designer to attach; 4 new key pair(s)"), r.out());
        for (String id : new String[] {"main", "designer"}) {
            assertTrue(Files.readString(keys.resolve("attach").resolve(id + ".key_secret")).contains("secret-key = \""), id);
        }

        String before = Files.readString(keys.resolve("server.key"));
        CliHarness again = CliHarness.run("keys", "generate", file.toString());
        assertTrue(again.out().contains("0 new key pair(s)") && again.out().contains("--force replaces them"), again.out());
        assertEquals(before, Files.readString(keys.resolve("server.key")), "kept");
        CliHarness.run("keys", "generate", file.toString(), "--force");
        assertNotEquals(before, Files.readString(keys.resolve("server.key")), "replaced");
    }

    @Test
    void runningASecuredWireWithoutKeysFailsBothEndsSayingHowToMakeThem(@TempDir Path dir) throws Exception {
        int port = dev.zmqstudio.runtime.FreePorts.find();
        Path file = Files.writeString(dir.resolve("t.json"), SECURED.formatted(port, port));
        CliHarness r = CliHarness.run("run", file.toString(), "--duration", "5s");
        assertEquals(ExitCodes.NODE_FAILED, r.exitCode(), r.out());
        assertTrue(r.out().contains("cannot secure its wires with CURVE: no key for node server: " + dir.resolve("keys")
                .resolve("server.key_secret") + " does not exist; make the keys with zmq-studio keys generate"), r.out());
        assertTrue(r.out().contains("cannot secure wire w1 with CURVE: no key for node client"), r.out());
    }

    @Test
    void aTopologyWithNoSecuredWireGetsOnlyTheKeysToAttachItsHosts(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.json"), SECURED.formatted(47600, 47600).replace("\"curve\": true", "\"curve\": false"));
        CliHarness r = CliHarness.run("keys", "generate", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("0 node(s) with secured wires, 1 host(s) and the designer to attach; 2 new key pair(s)"), r.out());
        assertFalse(Files.exists(dir.resolve("keys").resolve("server.key")), "no node needs a pair");
        assertTrue(Files.exists(dir.resolve("keys").resolve("attach").resolve("main.key")));
    }
}
