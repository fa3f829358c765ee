package dev.zmqstudio.cli;

import dev.zmqstudio.model.Hosts;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.security.AttachKeys;
import dev.zmqstudio.runtime.security.KeyFolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What an attached run ({@code run FILE --attach ENDPOINT}) needs before it starts: the attach key pairs. */
final class AttachedRun {
    private AttachedRun() {
    }

    /** Why the keys of a run attached to {@code topology}'s hosts are not all there (empty: they are). */
    static Optional<String> missingKeys(Topology topology, Path topologyFolder) {
        AttachKeys keys = new AttachKeys(KeyFolder.beside(topologyFolder).path());
        List<String> missing = AttachKeys.needed(Hosts.deployed(topology)).stream()
                .filter(id -> !Files.isRegularFile(keys.folder().path().resolve(id + ".key"))).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("the telemetry of a deployment is secured with CURVE, and " + keys.folder().path()
                + " has no key pair for " + String.join(", ", missing) + "; make them with zmq-studio keys generate FILE"
                + " and give the hosts the same keys folder");
    }
}
