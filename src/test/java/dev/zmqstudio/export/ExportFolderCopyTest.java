package dev.zmqstudio.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's files copied into an export: whole, modes kept, and nothing written or linked outside the folder. */
class ExportFolderCopyTest {
    @Test
    void filesAndFoldersAreCopiedWholeWithTheirModes(@TempDir Path dir) throws IOException {
        Path app = Files.createDirectories(dir.resolve("install"));
        Path jar = Files.writeString(app.resolve("zmq-studio.jar"), "jar");
        Path bin = Files.createDirectories(app.resolve("bin"));
        Path launcher = Files.writeString(bin.resolve("zmq-studio"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(Files.createDirectories(app.resolve("lib").resolve("runtime")).resolve("release"), "JAVA_VERSION=25");
        Path out = dir.resolve("out");

        List<Path> written = ExportFolder.at(out).write(new ExportResult(List.of(new ExportedFile("Dockerfile", "FROM x\n")),
                List.of(new CopiedFiles("app", List.of(jar, bin, app.resolve("lib")))), List.of()));

        assertEquals(List.of(out.resolve("Dockerfile").toAbsolutePath().normalize(), out.resolve("app").toAbsolutePath().normalize()),
                written);
        assertEquals(List.of("Dockerfile", "app/bin/zmq-studio", "app/lib/runtime/release", "app/zmq-studio.jar"), files(out));
        assertTrue(Files.isExecutable(out.resolve("app/bin/zmq-studio")), "a launcher stays executable");
        assertEquals("JAVA_VERSION=25", Files.readString(out.resolve("app/lib/runtime/release")));
    }

    @Test
    void aLinkIsCopiedAsItsFileSoNothingPointsOutside(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("outside.txt"), "outside");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.createSymbolicLink(lib.resolve("link.txt"), secret);
        Path out = dir.resolve("out");
        ExportFolder.at(out).write(new ExportResult(List.of(), List.of(new CopiedFiles("app", List.of(lib))), List.of()));
        Path copied = out.resolve("app/lib/link.txt");
        assertFalse(Files.isSymbolicLink(copied));
        assertEquals("outside", Files.readString(copied));
    }

    @Test
    void nothingIsWrittenOutsideTheFolder(@TempDir Path dir) throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new CopiedFiles("..", List.of(dir)));
        assertThrows(IllegalArgumentException.class, () -> new CopiedFiles("a/b", List.of(dir)));
        assertThrows(IllegalArgumentException.class, () -> new ExportedFile("../x", "x"));
        Path out = dir.resolve("out");
        Path missing = dir.resolve("no-such-jar");
        IOException e = assertThrows(IOException.class, () -> ExportFolder.at(out).write(
                new ExportResult(List.of(), List.of(new CopiedFiles("app", List.of(missing))), List.of())));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        try (Stream<Path> all = Files.list(dir)) {
            assertEquals(List.of("out"), all.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
