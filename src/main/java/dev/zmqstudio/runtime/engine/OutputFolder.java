package dev.zmqstudio.runtime.engine;

import dev.zmqstudio.model.OutputPath;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The folder a run writes its files in (sinks' record CSVs; any later file a topology names goes through here
 * too). A topology file may come from someone else, so the path it names is checked twice: by the validator
 * ({@link OutputPath}: relative, no {@code ..}) and here against the disk: no symbolic link is followed below
 * the folder (each folder on the way is checked to really be where it claims, the file is opened with
 * NOFOLLOW_LINKS), no folder is made outside it, and an existing file is replaced only when it is a plain
 * regular file with no other hard link. The folder itself may be a link: the user chose it.
 */
public final class OutputFolder {

    /** A path the folder will not write to; the message says why, in the user's terms. */
    public static final class RefusedException extends IOException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** How a path is shown to the user: inside this folder, control characters escaped. */
    public String describe(String relative) {
        return root + root.getFileSystem().getSeparator() + OutputPath.printable(relative);
    }

    /**
     * Opens {@code relative} for writing from its start, making the folders it names below the output folder (and
     * the output folder itself) when missing.
     */
    public OutputStream create(String relative) throws IOException {
        Path file = placeFor(relative);
        checkReplaceable(file, file.getFileName().toString());
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Where a database that lives on from run to run is kept (a broker's store): the real path of {@code relative},
     * its folders made below the output folder when missing. It is not emptied; it and the files SQLite keeps beside
     * it ({@code -wal}, {@code -shm}), where they exist, must be regular files with no other hard link.
     */
    public Path database(String relative) throws IOException {
        Path file = placeFor(relative);
        String name = file.getFileName().toString();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            checkReplaceable(file.resolveSibling(name + suffix), name + suffix);
        }
        return file;
    }

    /** The real path {@code relative} names: checked, its folders made below the output folder, none a link. */
    private Path placeFor(String relative) throws IOException {
        OutputPath path;
        try {
            path = OutputPath.of(relative);
        } catch (IllegalArgumentException e) {
            throw new RefusedException("the path is refused: " + e.getMessage());
        }
        List<String> names = path.names();
        Path folder = realRoot();
        for (String name : names.subList(0, names.size() - 1)) {
            folder = enter(folder, name);
        }
        return folder.resolve(names.getLast());
    }

    private Path realRoot() throws IOException {
        try {
            Files.createDirectories(root);
        } catch (FileAlreadyExistsException e) {
            throw new RefusedException("the output folder " + root + " is a file, not a folder");
        }
        return root.toRealPath();
    }

    /** The real path of folder {@code name} in real folder {@code parent}, made if missing; never through a link. */
    private static Path enter(Path parent, String name) throws IOException {
        Path folder = parent.resolve(name);
        BasicFileAttributes attributes = attributesOf(folder);
        if (attributes == null) {
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException raced) {
                attributes = attributesOf(folder);
            }
        }
        if (attributes != null && attributes.isSymbolicLink()) {
            throw new RefusedException("\"" + OutputPath.printable(name) + "\" is a symbolic link; files are written "
                    + "only to real folders inside the output folder");
        }
        if (attributes != null && !attributes.isDirectory()) {
            throw new RefusedException("\"" + OutputPath.printable(name) + "\" is a file, not a folder");
        }
        Path real = folder.toRealPath();
        if (!parent.equals(real.getParent())) {
            throw new RefusedException("\"" + OutputPath.printable(name) + "\" leads out of the output folder (to " + real + ")");
        }
        return real;
    }

    private static void checkReplaceable(Path file, String name) throws IOException {
        BasicFileAttributes attributes = attributesOf(file);
        if (attributes == null) {
            return;
        }
        String shown = "\"" + OutputPath.printable(name) + "\"";
        if (attributes.isSymbolicLink()) {
            throw new RefusedException(shown + " is a symbolic link; files are written only to regular files inside "
                    + "the output folder, never through links");
        }
        if (attributes.isDirectory()) {
            throw new RefusedException(shown + " is a folder; name a file");
        }
        if (!attributes.isRegularFile()) {
            throw new RefusedException(shown + " is not a regular file (a pipe, socket or device); name a file");
        }
        if (hardLinks(file) > 1) {
            throw new RefusedException(shown + " has other hard links, so writing it would change another file too");
        }
    }

    private static BasicFileAttributes attributesOf(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private static int hardLinks(Path file) throws IOException {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1; // no such notion on this platform
        }
    }
}
