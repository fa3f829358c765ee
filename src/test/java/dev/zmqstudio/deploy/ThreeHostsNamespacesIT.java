package dev.zmqstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.zmqstudio.runtime.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Multi-host for real: the three-host example exported for Docker Compose, each service's own command run in a
 * network namespace of its own (one per host, each with its address on a bridge, host names in its /etc/hosts), and
 * the designer attached from this machine at the bridge's address. The attached run's report equals the in-process
 * run's. Only the test's own addresses and loopback are used; the example's traffic is bounded and ends by itself.
 */
@Timeout(240)
class ThreeHostsNamespacesIT {
    private static final Path JAR = Path.of(System.getProperty("zmqstudio.jar", "target/zmq-studio.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example's place for the topology in the image: the compose file mounts the export folder there. */
    private static final String IN_IMAGE = "/topology/";

    @TempDir
    Path dir;

    @Test
    void theComposeServicesRunInThreeNamespacesAndTheAttachedReportEqualsTheInProcessOne() throws Exception {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!NetworkNamespaces.available()) {
            assertTrue(!ci, "CI runs as root with iproute2: the multi-host test must run there");
            assumeTrue(false, "needs root and `ip netns` (runs in CI)");
        }
        Path file = onFreePorts(Path.of("topologies/three-hosts.json"), dir.resolve("three-hosts.json"));
        Path export = dir.resolve("compose");
        assertEquals(0, jar(dir, "export", file.toString(), "--to", "compose", "-o", export.toString()).exitCode);
        Path deployed = export.resolve("three-hosts.json");
        assertTrue(Files.isRegularFile(deployed), "the export holds the topology its services run");
        assertEquals(0, jar(dir, "keys", "generate", deployed.toString()).exitCode);
        Result local = jar(dir, "run", deployed.toString(), "--report", dir.resolve("local.json").toString());
        assertEquals(0, local.exitCode, local.output);

        Map<String, List<String>> services = serviceCommands(export.resolve("docker-compose.yml"), export);
        assertEquals(List.of("h1", "h2", "h3"), List.copyOf(services.keySet()), "one service per host");
        String telemetry = "tcp://" + NetworkNamespaces.BRIDGE_ADDRESS + ":" + FreePorts.find();
        try (NetworkNamespaces hosts = NetworkNamespaces.create(List.copyOf(services.keySet()))) {
            List<Process> started = new ArrayList<>();
            try {
                for (var service : services.entrySet()) {
                    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
                    command.addAll(service.getValue());
                    ProcessBuilder pb = new ProcessBuilder(hosts.inside(service.getKey(), command)).redirectErrorStream(true)
                            .redirectOutput(dir.resolve(service.getKey() + ".log").toFile());
                    pb.environment().put("ZMQ_STUDIO_TELEMETRY", telemetry);
                    started.add(pb.start());
                }
                Result attached = jar(dir, "run", deployed.toString(), "--attach", telemetry, "--report",
                        dir.resolve("attached.json").toString(), "--duration", "90s", "--attach-wait", "90s");
                assertEquals(0, attached.exitCode, attached.output + logs(services.keySet()));
                for (Process p : started) {
                    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "every host stops when the attached run ends" + logs(services.keySet()));
                    assertEquals(0, p.exitValue(), logs(services.keySet()));
                }
            } finally {
                started.forEach(Process::destroyForcibly);
            }
        }
        JsonNode a = JSON.readTree(dir.resolve("attached.json").toFile());
        JsonNode l = JSON.readTree(dir.resolve("local.json").toFile());
        assertTrue(l.at("/nodes").size() >= 3, l.toPrettyString());
        assertEquals(ReportParts.of(l), ReportParts.of(a), "the attached report equals the in-process one");
    }

    /** Each service's command, its paths in the image mapped to the export folder. */
    private static Map<String, List<String>> serviceCommands(Path composeFile, Path export) throws IOException {
        JsonNode compose = new YAMLMapper().readTree(composeFile.toFile());
        Map<String, List<String>> commands = new java.util.LinkedHashMap<>();
        compose.get("services").properties().forEach(service -> {
            List<String> args = new ArrayList<>();
            Path own = export.resolve("hosts").resolve(service.getKey()); // the service's container file system
            service.getValue().get("command").forEach(a -> args.add(inImage(a.asText(), export, own)));
            commands.put(service.getValue().path("hostname").asText(service.getKey()), args);
        });
        return commands;
    }

    /** A path of the image on this machine: the topology's in the export folder, the others in the host's own folder. */
    private static String inImage(String arg, Path export, Path own) {
        if (arg.startsWith(IN_IMAGE)) {
            return export.resolve(arg.substring(IN_IMAGE.length())).toString();
        }
        if (!arg.startsWith("/")) {
            return arg;
        }
        Path mapped = own.resolve(arg.substring(1));
        try {
            Files.createDirectories(mapped.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return mapped.toString();
    }

    /** A copy of the example with each of its ports replaced by a free one (its run here shares loopback). */
    private static Path onFreePorts(Path example, Path copy) throws IOException {
        String text = Files.readString(example);
        Matcher m = Pattern.compile(":(5[0-9]{3})\"").matcher(text);
        Map<String, Integer> ports = new HashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int port = ports.computeIfAbsent(m.group(1), p -> FreePorts.find());
            m.appendReplacement(out, ":" + port + "\"");
        }
        m.appendTail(out);
        return Files.writeString(copy, out.toString());
    }

    private String logs(Iterable<String> hosts) throws IOException {
        StringBuilder s = new StringBuilder();
        for (String host : hosts) {
            Path log = dir.resolve(host + ".log");
            s.append("\n--- ").append(host).append('\n').append(Files.exists(log) ? Files.readString(log) : "(no log)");
        }
        return s.toString();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result jar(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), String.join(" ", command) + " ended");
        return new Result(p.exitValue(), out);
    }
}
