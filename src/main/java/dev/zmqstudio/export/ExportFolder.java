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

    /** Writes the result's files and copies what it copies as is; returns the files written and the folders copied into. */
    public List<Path> write(ExportResult result) throws IOException {
        List<Path> written = new java.util.ArrayList<>(write(result.files()));
        for (CopiedFiles copy : result.copies()) {
            Path into = inside(copy.folder());
            for (Path source : copy.sources()) {
                copyTree(source, inside(into, source.getFileName().toString()));
            }
            written.add(into);
        }
        return written;
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

    private Path inside(String name) throws IOException {
        return inside(folder, name);
    }

    /** {@code parent}/{@code name}, refused unless that is a child of {@code parent} inside this folder. */
    private Path inside(Path parent, String name) throws IOException {
        Path target = parent.resolve(name).normalize();
        if (!target.startsWith(folder) || !parent.equals(target.getParent())) {
            throw new IOException(name + " would be written outside " + folder);
        }
        return target;
    }

    /**
     * {@code source} (a file, or a folder and all under it) copied to {@code target}, file modes kept (a launcher
     * stays executable). A symbolic link is copied as the file it points to, so nothing the copy makes points out of
     * the folder.
     */
    private void copyTree(Path source, Path target) throws IOException {
        if (!Files.exists(source)) {
            throw new IOException("cannot copy " + source + ": it does not exist");
        }
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path to = target.resolve(source.relativize(p).toString()).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException(p + " would be copied outside " + target);
                }
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(p)) {
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
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
