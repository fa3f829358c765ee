package dev.zmqstudio.export;

import dev.zmqstudio.model.Hosts;

import java.util.List;

/**
 * The one command a deployed host runs, in a Compose service and a Kubernetes Deployment alike:
 * {@code zmq-studio node /topology/FILE --host NAME --output-dir /data --ready-file /tmp/zmq-studio.ready
 * --keys /topology/keys}, where the deployment puts the topology and its keys and a readiness check looks for the
 * ready file. The image's entry point is {@value #PROGRAM}, so a service's command and a container's args are the
 * arguments after it. The telemetry endpoint comes from {@value #TELEMETRY_VARIABLE}.
 */
final class HostCommand {
    static final String PROGRAM = "zmq-studio";
    static final String TOPOLOGY_FOLDER = "/topology";
    static final String KEYS = TOPOLOGY_FOLDER + "/keys";
    static final String ATTACH_KEYS = KEYS + "/attach";
    static final String OUTPUT = "/data";
    static final String READY_FILE = "/tmp/zmq-studio.ready";
    static final String TELEMETRY_VARIABLE = Hosts.TELEMETRY_VARIABLE;
    /** What a readiness check runs: true once the host's sockets are bound and connected. */
    static final List<String> READY_CHECK = List.of("test", "-f", READY_FILE);

    private HostCommand() {
    }

    /** Where the deployment puts the topology file {@code fileName}. */
    static String topologyPath(String fileName) {
        return TOPOLOGY_FOLDER + "/" + fileName;
    }

    /** The arguments of host {@code host} (its name in the topology) for the topology file {@code fileName}. */
    static List<String> arguments(String fileName, String host) {
        return List.of("node", topologyPath(fileName), "--host", host, "--output-dir", OUTPUT,
                "--ready-file", READY_FILE, "--keys", KEYS);
    }

    /** The whole command line, as a person would type it. */
    static String line(String fileName, String host) {
        return PROGRAM + " " + String.join(" ", arguments(fileName, host));
    }
}
