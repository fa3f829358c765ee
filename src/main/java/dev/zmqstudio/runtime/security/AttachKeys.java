package dev.zmqstudio.runtime.security;

import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The key pairs that secure the telemetry between deployed hosts and an attached designer: the designer is the CURVE
 * server, each host a client with a pair of its own. They live in {@code attach/} inside the topology's key folder,
 * apart from the nodes' pairs, so a host name never meets a node id.
 */
public final class AttachKeys {
    public static final String FOLDER = "attach";
    /** The designer's pair. */
    public static final String DESIGNER = "designer";

    private final KeyFolder keys;

    public AttachKeys(Path keyFolder) {
        this.keys = new KeyFolder(keyFolder.resolve(FOLDER));
    }

    /** The folder of the pairs, whose public keys the designer's ZAP handler lets in. */
    public KeyFolder folder() {
        return keys;
    }

    /** Makes {@code socket} a CURVE client of the designer with host {@code host}'s pair. */
    public void secureClient(ZMQ.Socket socket, String host) throws KeyFolder.KeyException {
        CurveSockets.asClient(socket, keys, host, DESIGNER);
    }

    /** Starts a ZAP handler on {@code zmq} that lets in the hosts, and makes {@code socket} the designer's server. */
    public CurveSockets secureServer(ZContext zmq, ZMQ.Socket socket) throws KeyFolder.KeyException {
        CurveSockets curve = new CurveSockets(zmq, keys);
        try {
            curve.server(socket, DESIGNER);
        } catch (KeyFolder.KeyException e) {
            curve.close();
            throw e;
        }
        return curve;
    }

    /** The pairs a deployment on {@code hosts} needs: the designer's and one per host. */
    public static Set<String> needed(Collection<String> hosts) {
        Set<String> ids = new TreeSet<>(hosts);
        ids.add(DESIGNER);
        return ids;
    }

    /**
     * Why an attached run of {@code topology}, whose file is in {@code topologyFolder}, cannot start for want of keys:
     * the designer's pair and a public key for each deployed host (empty: they are all there).
     */
    public static java.util.Optional<String> whyMissing(dev.zmqstudio.model.Topology topology, Path topologyFolder) {
        AttachKeys keys = new AttachKeys(KeyFolder.beside(topologyFolder).path());
        Path folder = keys.folder().path();
        List<String> missing = needed(dev.zmqstudio.model.Hosts.deployed(topology)).stream()
                .filter(id -> !java.nio.file.Files.isRegularFile(folder.resolve(id + ".key"))
                        || id.equals(DESIGNER) && !java.nio.file.Files.isRegularFile(folder.resolve(id + ".key_secret")))
                .toList();
        if (missing.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("the telemetry of a deployment is secured with CURVE, and " + folder
                + " has no key pair for " + String.join(", ", missing) + "; make them with zmq-studio keys generate FILE"
                + " and give the hosts the same keys folder");
    }

    /** Writes the missing pairs (all with {@code replace}); returns the files written. */
    public List<Path> generate(Collection<String> hosts, boolean replace) throws java.io.IOException {
        return keys.generate(needed(hosts), replace);
    }
}
