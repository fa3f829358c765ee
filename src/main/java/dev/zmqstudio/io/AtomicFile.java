package dev.zmqstudio.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash or an error at any point leaves either the old or the new content,
 * never a mix: write a temp file in the same folder, fsync it, then rename it over the target. The
 * previous content is kept beside it as {@code name.bak}.
 *
 * <p>It keeps what the user has: a symbolic link is saved through (its target gets the new content, the link
 * stays a link); a read-only file is refused ({@link ReadOnlyFileException}), not silently replaced; the new
 * file has the old one's permissions from the moment it exists (so a private file's new content is never
 * readable by others, not even briefly), and its owner and group where the platform lets us set them.
 */
final class AtomicFile {
    private static final int MAX_LINKS = 40;
    private static final Set<PosixFilePermission> WRITE_BITS = EnumSet.of(PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    private static final Set<PosixFilePermission> GROUP_BITS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE);

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
        Path target = targetOf(file);
        PosixFileAttributes original = existingFile(target, file);
        Path temp = createTempBeside(target, original);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(target.getParent());
    }

    /** The file the content goes to: the end of any chain of links, so the links themselves stay. */
    static Path targetOf(Path file) throws IOException {
        Path path = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many levels of symbolic links");
            }
            path = path.getParent().resolve(Files.readSymbolicLink(path));
        }
        Path folder = path.getParent();
        return Files.isDirectory(folder) ? folder.toRealPath().resolve(path.getFileName()) : path;
    }

    /**
     * The attributes of the file being replaced (null when there is none, or the platform has no POSIX
     * attributes); refuses to replace what is not a regular file or is read-only.
     */
    private static PosixFileAttributes existingFile(Path target, Path asNamed) throws IOException {
        BasicFileAttributes basic;
        try {
            basic = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (!basic.isRegularFile()) {
            throw new FileSystemException(asNamed.toString(), null, basic.isDirectory() ? "it is a folder" : "it is not a regular file");
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes attributes = posix == null ? null : posix.readAttributes();
        boolean noWriteBit = attributes != null && attributes.permissions().stream().noneMatch(WRITE_BITS::contains);
        if (noWriteBit || !Files.isWritable(target)) {
            throw new ReadOnlyFileException(asNamed);
        }
        return attributes;
    }

    private static Path createTempBeside(Path target, PosixFileAttributes original) throws IOException {
        FileAttribute<?>[] mode = original == null ? new FileAttribute<?>[0]
                : new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(original.permissions())};
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong());
            Path temp = target.resolveSibling("." + target.getFileName() + "." + suffix + ".tmp");
            try {
                Path created = Files.createFile(temp, mode);
                try {
                    keepOwnership(created, original);
                } catch (IOException | RuntimeException e) {
                    Files.deleteIfExists(created);
                    throw e;
                }
                return created;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    /**
     * Before any content is written: the exact permissions (the umask may have taken some away at creation), the
     * owner (only an administrator may give a file away; otherwise the file becomes the saver's) and the group.
     * When the group cannot be kept, the group gets no access, rather than a group that never had it.
     */
    private static void keepOwnership(Path temp, PosixFileAttributes original) throws IOException {
        if (original == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        permissions.addAll(original.permissions());
        try {
            view.setOwner(original.owner());
        } catch (FileSystemException | UnsupportedOperationException notAllowed) {
            // the saver owns the new file
        }
        try {
            view.setGroup(original.group());
        } catch (FileSystemException | UnsupportedOperationException notAllowed) {
            permissions.removeAll(GROUP_BITS);
        }
        view.setPermissions(permissions);
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
