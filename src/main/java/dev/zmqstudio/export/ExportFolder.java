package dev.zmqstudio.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder an export writes into, and nowhere else: made when missing (its parent must exist), refused when it
 * holds anything already unless forced, each file written beside its name and moved into place.
 */
public final class ExportFolder {
    private final Path folder;

    private ExportFolder(Path folder) {
        this.folder = folder;
    }

    /** Why {@code folder} cannot take an export, or empty when it can. */
    public static Optional<String> whyNot(Path folder, boolean force) throws IOException {
        Path parent = folder.toAbsolutePath().getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        if (!Files.exists(folder) && (parent == null || !Files.isDirectory(parent))) {
            return Optional.of("the folder " + parent + " does not exist");
        }
        if (Files.isDirectory(folder) && !force) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    return Optional.of(folder + " is not empty: export into a new or empty folder, or add --force to"
                            + " write over what is there");
                }
            }
        }
        return Optional.empty();
    }

    public static ExportFolder at(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new ExportFolder(folder.toAbsolutePath().normalize());
    }

    /** Writes every file; returns their paths. */
    public List<Path> write(List<ExportedFile> files) throws IOException {
        for (ExportedFile f : files) {
            Path target = folder.resolve(f.name()).normalize();
            if (!target.getParent().equals(folder)) {
                throw new IOException(f.name() + " would be written outside " + folder);
            }
            writeFile(target, f.bytes());
        }
        return files.stream().map(f -> folder.resolve(f.name())).toList();
    }

    /**
     * Writes {@code bytes} beside {@code target} and moves them into place, so a reader never sees half a file; a
     * shell script ({@code .sh}) is made executable.
     */
    public static void writeFile(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".part");
        Files.write(temp, bytes);
        if (target.getFileName().toString().endsWith(".sh")) {
            try {
                Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: run it with sh
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
