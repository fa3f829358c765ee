package dev.zmqstudio.cli;

import dev.zmqstudio.io.LocatedTopology;
import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.child.ChildNode;
import dev.zmqstudio.runtime.child.PeerNames;
import dev.zmqstudio.runtime.security.AttachKeys;
import dev.zmqstudio.runtime.security.KeyFolder;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The standalone form of the {@code node} entry, what each host of a deployment runs (a Compose service, a Kubernetes
 * Deployment, or a person at a shell): {@code node FILE --host NAME [--telemetry ENDPOINT] [--keys DIR]
 * [--output-dir DIR] [--ready-file FILE]}. Runs every node of the file placed on host NAME in this one process, finds
 * its peers by their endpoints, and either runs on its own until SIGTERM or reports to the designer attached at the
 * telemetry endpoint ({@code run FILE --attach ENDPOINT}) and runs as it says.
 */
final class StandaloneNodeCommand {
    /** How long a host waits for the names of the hosts it connects to (containers start in any order). */
    static final java.time.Duration NAMES_WAIT = java.time.Duration.ofSeconds(60);
    private static final List<String> OPTIONS = List.of("--host", "--telemetry", "--keys", "--output-dir", "--ready-file");

    private StandaloneNodeCommand() {
    }

    static boolean isStandalone(String... args) {
        return args.length > 0 && !args[0].startsWith("--");
    }

    /** {@code args}: FILE, then options; returns the exit code. */
    static int execute(PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length || values.containsKey(args[i])) {
                return usage(err, "unexpected '" + args[i] + "'");
            }
            values.put(args[i], args[i + 1]);
        }
        Path file = Path.of(args[0]);
        LocatedTopology located = TopologyInput.load(file, err);
        if (located == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<Problem> problems = TopologyInput.validate(located.topology());
        if (TopologyInput.report(located, problems, err)) {
            return ExitCodes.BAD_INPUT;
        }
        Topology topology = located.topology();
        List<String> hosts = Hosts.deployed(topology);
        String host = values.getOrDefault("--host", Hosts.placed(topology) ? null : Node.DEFAULT_HOST);
        if (host == null || !hosts.contains(host)) {
            return fail(err, (host == null ? "--host is needed" : "no node of " + file + " runs on host \"" + host + "\"")
                    + "; its hosts are " + String.join(", ", hosts));
        }
        String telemetry = values.getOrDefault("--telemetry", environment.getOrDefault(Hosts.TELEMETRY_VARIABLE, ""));
        Path keys = values.containsKey("--keys") ? Path.of(values.get("--keys"))
                : KeyFolder.beside(file.toAbsolutePath().getParent()).path();
        boolean secured = topology.wires().stream().anyMatch(topology::secured);
        if (secured && !Files.isDirectory(keys)) {
            return fail(err, "the file secures wires with CURVE, but the key folder " + keys + " does not exist; make it with"
                    + " zmq-studio keys generate " + file + " and give it with --keys DIR");
        }
        Path outputDir = Path.of(values.getOrDefault("--output-dir", "."));
        Path ready = values.containsKey("--ready-file") ? Path.of(values.get("--ready-file")) : null;
        ChildNode node = new ChildNode(Hosts.asDeployedOn(topology, host), Hosts.nodesOn(topology, host),
                telemetry.isBlank() ? null : telemetry.strip(), host, outputDir, false, secured ? keys : null);
        if (!telemetry.isBlank()) {
            AttachKeys attach = new AttachKeys(keys);
            if (!Files.isRegularFile(attach.folder().path().resolve(host + ".key_secret"))) {
                return fail(err, "telemetry to a designer is secured with CURVE, but host " + host + " has no key pair in "
                        + attach.folder().path() + "; make the keys with zmq-studio keys generate " + file
                        + " and give their folder with --keys DIR");
            }
            node.attachedWith(attach);
            out.println("host " + host + ": " + Hosts.nodesOn(topology, host).size() + " node(s), reporting to " + telemetry.strip());
        } else {
            out.println("host " + host + ": " + Hosts.nodesOn(topology, host).size() + " node(s), on its own until stopped");
        }
        out.flush();
        java.util.Set<String> unknown = PeerNames.await(PeerNames.of(topology, host), NAMES_WAIT, line -> {
            out.println("host " + host + ": " + line);
            out.flush();
        });
        if (!unknown.isEmpty()) {
            err.println("warning: " + String.join(", ", unknown) + " did not resolve in " + NAMES_WAIT.toSeconds()
                    + " s; the nodes that connect to them will say so");
            err.flush();
        }
        try {
            return node.runStandalone(ready);
        } catch (IllegalStateException e) {
            return fail(err, e.getMessage()); // a key that cannot be read
        }
    }

    private static int fail(PrintWriter err, String problem) {
        err.println("error: " + problem);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    private static int usage(PrintWriter err, String problem) {
        return fail(err, problem + "; usage: node FILE --host NAME [--telemetry ENDPOINT] [--keys DIR] [--output-dir DIR]"
                + " [--ready-file FILE] (the telemetry endpoint may also come from " + Hosts.TELEMETRY_VARIABLE + ")");
    }
}
