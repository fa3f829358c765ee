package dev.zmqstudio.io;

import java.io.IOException;
import java.nio.file.Path;

/** A save refused because the file is read-only: the user decides (Save As, or make it writable), not the app. */
public final class ReadOnlyFileException extends IOException {
    private final transient Path file;

    ReadOnlyFileException(Path file) {
        super(file + " is read-only");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
