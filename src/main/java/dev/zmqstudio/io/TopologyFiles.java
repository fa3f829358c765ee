package dev.zmqstudio.io;

import dev.zmqstudio.model.Topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing topology JSON files (format 1). Saves are atomic and keep one backup. */
public final class TopologyFiles {

    private TopologyFiles() {
    }

    /** Reads and checks a topology file: a regular file (not a pipe, device or folder) of at most 16 MiB. */
    public static Topology load(Path file) throws TopologyFormatException {
        return loadLocated(file).topology();
    }

    /** Like {@link #load}, and remembers where each node, wire and link is, to locate validation problems. */
    public static LocatedTopology loadLocated(Path file) throws TopologyFormatException {
        String source = file.toString();
        byte[] bytes;
        try {
            bytes = InputFile.read(file);
        } catch (IOException e) {
            throw new TopologyFormatException(source, 0, 0, "cannot read the file: " + reason(e));
        }
        return read(SourceText.decode(bytes, source), source);
    }

    /** Parses topology JSON; {@code sourceName} is used in error messages. */
    public static Topology parse(String json, String sourceName) throws TopologyFormatException {
        return read(SourceText.withoutByteOrderMark(json), sourceName).topology();
    }

    /** Pretty JSON with a stable key order, ending with a newline. */
    public static String toJson(Topology topology) {
        return TopologyWriter.toJson(topology);
    }

    /**
     * Atomic save: temp file in the same folder, fsync, atomic move; the previous file becomes {@code name.bak}.
     * Through a symbolic link the link's target is saved; a read-only file is refused with
     * {@link ReadOnlyFileException}; the file keeps its permissions, and its owner and group where allowed.
     */
    public static void save(Topology topology, Path file) throws IOException {
        byte[] bytes = toJson(topology).getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(file, out -> out.write(bytes));
    }

    private static LocatedTopology read(String json, String source) throws TopologyFormatException {
        return TopologyReader.read(JsonTreeReader.readObject(json, source), source);
    }

    private static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file";
            case AccessDeniedException denied -> "permission denied";
            case InputFile.Refused refused -> refused.getMessage();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }
}
