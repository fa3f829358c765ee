package dev.zmqstudio.runtime;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.runtime.child.ChildLaunch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Hosts of a deployment as processes on this machine: {@code node FILE --host NAME --telemetry ENDPOINT} for each,
 * their host names h1, h2 and h3 resolved to loopback through a hosts file of their own (the JDK's
 * {@code jdk.net.hosts.file}).
 */
public final class DeployedHostProcesses {
    /** A pipeline on three hosts: 2,000 numbers from h1, the even ones through h2's link, counted on h3. */
    public static final String THREE_HOSTS = """
            {
              "format": 1, "name": "three-hosts", "settings": {"waitForConnections": true},
              "nodes": [
                {"id": "producer", "type": "PUSH", "host": "h1", "binds": ["tcp://h1:%1$d"],
                 "behaviour": {"kind": "generator", "template": "{\\"num\\": {n}}", "rate": 0, "count": 2000, "log": false}},
                {"id": "worker-in", "type": "PULL", "host": "h2"},
                {"id": "worker-out", "type": "PUSH", "host": "h2"},
                {"id": "collector", "type": "PULL", "host": "h3", "binds": ["tcp://h3:%2$d"],
                 "behaviour": {"kind": "sink", "format": "got {msg}", "aggregate": "json.num"}}
              ],
              "wires": [
                {"id": "w1", "from": "worker-in", "to": "producer", "endpoint": "tcp://h1:%1$d"},
                {"id": "w2", "from": "worker-out", "to": "collector", "endpoint": "tcp://h3:%2$d"}
              ],
              "links": [{"id": "even", "from": "worker-in", "to": "worker-out", "filter": "json.num %% 2 == 0"}]
            }
            """;

    private DeployedHostProcesses() {
    }

    /** {@link #THREE_HOSTS} on two free ports, written to {@code dir}/three.json. */
    public static Path threeHosts(Path dir) throws IOException {
        return Files.writeString(dir.resolve("three.json"), THREE_HOSTS.formatted(FreePorts.find(), FreePorts.find()));
    }

    /**
     * Starts one host process per name (names resolved by {@code dir}/hosts, all three on 127.0.0.1 unless the test
     * wrote it; a name that did not resolve is looked up again at once), reporting to {@code telemetry} (empty: on their own); their output goes to
     * {@code dir}/NAME.log, readiness to NAME.ready.
     */
    public static List<Process> start(Path dir, Path file, String telemetry, Path keys, String... hosts) throws IOException {
        Path hostsFile = dir.resolve("hosts");
        if (!Files.exists(hostsFile)) {
            Files.writeString(hostsFile, "127.0.0.1 h1 h2 h3\n");
        }
        ChildLaunch launch = ChildLaunch.ofThisProcess(TopologyFiles::toJson);
        List<String> options = Stream.concat(launch.jvmOptions().stream(),
                Stream.of("-Djdk.net.hosts.file=" + hostsFile, "-Dsun.net.inetaddr.negative.ttl=0")).toList();
        List<Process> started = new ArrayList<>();
        for (String host : hosts) {
            List<String> args = new ArrayList<>(List.of("node", file.toString(), "--host", host, "--keys", keys.toString(),
                    "--ready-file", dir.resolve(host + ".ready").toString(), "--output-dir", dir.toString()));
            if (!telemetry.isEmpty()) {
                args.addAll(List.of("--telemetry", telemetry));
            }
            started.add(new ProcessBuilder(launch.withJvmOptions(options).command(args))
                    .redirectErrorStream(true).redirectOutput(dir.resolve(host + ".log").toFile()).start());
        }
        return started;
    }
}
