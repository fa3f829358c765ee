package dev.zmqstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a topology file's bytes only when it is a plain file of sensible size: a named pipe would hang the
 * reader, a device such as {@code /dev/zero} would fill the memory. The limit is checked on the size the file
 * claims and again on what is read (a file may grow, and some report no size).
 */
final class InputFile {
    static final int MAX_BYTES = 16 << 20;

    /** Why a file is not read; the message is the user's one line. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    private InputFile() {
    }

    static byte[] read(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new Refused("it is a folder; open a topology .json file");
        }
        if (!attributes.isRegularFile()) {
            throw new Refused("it is " + kind(file) + ", not a regular file; open a topology .json file");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge(String.format("%.1f MiB", attributes.size() / (double) (1 << 20)));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge("larger than 16 MiB");
            }
            return bytes;
        }
    }

    private static Refused tooLarge(String size) {
        return new Refused("it is " + size + "; a topology file is at most 16 MiB");
    }

    /** "a named pipe (FIFO)", "a device", "a socket" from the file type bits, where the platform has them. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
