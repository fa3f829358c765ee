package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shipped examples with their classic ports (5540..5580) moved to free ones, so no other program can interfere. */
final class FreePortExamples {
    private FreePortExamples() {
    }

    static Path folder() {
        return Path.of(System.getProperty("zmqstudio.topologies", "topologies"));
    }

    static Topology load(String name) throws Exception {
        return load(folder().resolve(name));
    }

    static Topology load(Path file) throws Exception {
        String json = Files.readString(file);
        for (int classic = 5540; classic <= 5580; classic++) {
            if (json.contains(":" + classic + "\"")) {
                try (ServerSocket s = new ServerSocket(0)) {
                    json = json.replace(":" + classic + "\"", ":" + s.getLocalPort() + "\"");
                }
            }
        }
        return TopologyFiles.parse(json, file.getFileName().toString());
    }
}
