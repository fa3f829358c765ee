package dev.zmqstudio.runtime.child;

import dev.zmqstudio.runtime.engine.LogSink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The file a host on its own writes once its sockets are bound and connected: what a container's health check or a
 * Kubernetes readiness probe looks for. Written aside and moved, so a probe never sees it half written.
 */
final class ReadyFile {
    private ReadyFile() {
    }

    /** Writes {@code file} (nothing when null); a failure is a line in the log, not the end of the run. */
    static void write(Path file, LogSink log) {
        if (file == null) {
            return;
        }
        try {
            Path aside = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(aside, ProcessHandle.current().pid() + "\n");
            Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.line("node", "error: cannot write the ready file " + file + ": " + e.getMessage());
        }
    }
}
