package dev.zmqstudio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash or an error at any point leaves either the old or the new content,
 * never a mix: write a temp file in the same folder, fsync it, then rename it over the target. The
 * previous content is kept beside it as {@code name.bak}.
 */
final class AtomicFile {

    /** Writes the new content; a seam so tests can fail half-way. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = createTempBeside(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target)) {
                copyPermissions(target, temp);
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(target.getParent());
    }

    private static Path createTempBeside(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /** The temp file gets default permissions; a replaced file keeps the ones the user gave it. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source != null) {
            Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, and then there is nothing to do. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the data itself is already on disk
        }
    }
}
