package dev.zmqstudio.runtime.security;

import dev.zmqstudio.model.Node;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.model.Wire;
import org.zeromq.ZCert;
import org.zeromq.ZConfig;
import org.zeromq.ZMQ;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The CURVE key pairs of a topology's nodes, in the folder {@code keys/} beside the topology file: {@code <id>.key}
 * (the public key) and {@code <id>.key_secret} (both keys), in ZeroMQ's certificate format, which pyzmq's
 * {@code zmq.auth.load_certificate} and czmq read too. Secret keys are never in the topology file.
 */
public final class KeyFolder {
    public static final String NAME = "keys";
    private static final String PUBLIC = ".key";
    private static final String SECRET = ".key_secret";

    private final Path folder;

    public KeyFolder(Path folder) {
        this.folder = folder;
    }

    /** The key folder of a topology whose file is in {@code topologyFolder}. */
    public static KeyFolder beside(Path topologyFolder) {
        return new KeyFolder(topologyFolder.resolve(NAME));
    }

    public Path path() {
        return folder;
    }

    /** The nodes at either end of a secured wire: those that need a key pair. */
    public static Set<String> nodesNeedingKeys(Topology topology) {
        Set<String> ids = new LinkedHashSet<>();
        for (Wire wire : topology.wires()) {
            if (topology.secured(wire)) {
                ids.add(wire.to());
                ids.add(wire.from());
            }
        }
        List<String> order = topology.nodes().stream().map(Node::id).filter(ids::contains).toList();
        return new LinkedHashSet<>(order);
    }

    /** {@code nodeId}'s public key (32 bytes). */
    public byte[] publicKey(String nodeId) throws KeyException {
        return ZMQ.Curve.z85Decode(value(file(nodeId, PUBLIC), "curve/public-key", nodeId));
    }

    /** {@code nodeId}'s secret key (32 bytes): only the node's own process reads it. */
    public byte[] secretKey(String nodeId) throws KeyException {
        return ZMQ.Curve.z85Decode(value(file(nodeId, SECRET), "curve/secret-key", nodeId));
    }

    private Path file(String nodeId, String suffix) {
        return folder.resolve(nodeId + suffix);
    }

    private String value(Path file, String path, String nodeId) throws KeyException {
        if (!Files.isRegularFile(file)) {
            throw new KeyException("no key for node " + nodeId + ": " + file + " does not exist; make the keys with"
                    + " zmq-studio keys generate TOPOLOGY.json");
        }
        String value;
        try {
            value = ZConfig.load(file.toString()).getValue(path);
        } catch (IOException | RuntimeException e) {
            throw new KeyException("cannot read " + file + ": " + e.getMessage());
        }
        if (value == null || value.length() != ZMQ.Curve.KEY_SIZE_Z85) {
            throw new KeyException(file + " has no " + path.substring(path.indexOf('/') + 1) + " of "
                    + ZMQ.Curve.KEY_SIZE_Z85 + " Z85 characters");
        }
        return value;
    }

    /**
     * Makes a key pair for each node in {@code nodeIds} that has none (or for every one with {@code replace}); returns
     * the files written. Secret files are readable by their owner only.
     */
    public List<Path> generate(Set<String> nodeIds, boolean replace) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String id : nodeIds) {
            Path secret = file(id, SECRET);
            if (Files.exists(secret) && !replace) {
                continue;
            }
            ZCert cert = new ZCert();
            cert.setMeta("node", id);
            Path pub = file(id, PUBLIC);
            // Both written aside, then moved into place: a failure leaves the old pair whole, never half of a new one.
            Path newSecret = ownerOnlyFile(file(id, SECRET + ".new"));
            try (var writer = Files.newBufferedWriter(newSecret)) {
                cert.saveSecret(writer);
            }
            Path newPublic = file(id, PUBLIC + ".new");
            try (var writer = Files.newBufferedWriter(newPublic)) {
                cert.savePublic(writer);
            }
            Files.move(newSecret, secret, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.move(newPublic, pub, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written.add(pub);
            written.add(secret);
        }
        return written;
    }

    /** A new empty file only its owner may read (POSIX permissions where the file system has them). */
    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path made = Files.createFile(file);
        made.toFile().setReadable(false, false);
        made.toFile().setReadable(true, true);
        return made;
    }

    /** A key that is missing or unreadable: the node cannot open its secured wires. */
    public static final class KeyException extends Exception {
        public KeyException(String message) {
            super(message);
        }
    }
}
