package dev.zmqstudio.ui;

import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.runtime.FreePorts;

import java.nio.file.Files;
import java.nio.file.Path;

/** Shipped examples with their classic ports moved to free ones ({@link FreePorts#moveClassicPorts}). */
final class FreePortExamples {
    private FreePortExamples() {
    }

    static Path folder() {
        return FreePorts.examples();
    }

    static Topology load(String name) throws Exception {
        return load(folder().resolve(name));
    }

    static Topology load(Path file) throws Exception {
        String json = FreePorts.moveClassicPorts(Files.readString(file)).json();
        return TopologyFiles.parse(json, file.getFileName().toString());
    }
}
