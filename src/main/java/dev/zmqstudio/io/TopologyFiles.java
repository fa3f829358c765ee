package dev.zmqstudio.io;

import dev.zmqstudio.model.Topology;

import java.io.IOException;
import java.nio.file.Path;

/** Reading and writing topology JSON files (format 1). Saves are atomic and keep one backup. */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /** Reads and checks a topology file. */
    public static Topology load(Path file) throws TopologyFormatException {
        throw new UnsupportedOperationException("TODO io");
    }

    /** Parses topology JSON; {@code sourceName} is used in error messages. */
    public static Topology parse(String json, String sourceName) throws TopologyFormatException {
        throw new UnsupportedOperationException("TODO io");
    }

    /** Pretty JSON with a stable key order, ending with a newline. */
    public static String toJson(Topology topology) {
        throw new UnsupportedOperationException("TODO io");
    }

    /** Atomic save: temp file in the same folder, fsync, atomic move; the previous file becomes {@code name.bak}. */
    public static void save(Topology topology, Path file) throws IOException {
        throw new UnsupportedOperationException("TODO io");
    }
}
