package dev.zmqstudio.io;

import dev.zmqstudio.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving never loses work: new content or old content, never a mix, one backup, no litter. */
class AtomicSaveTest {

    @TempDir
    Path folder;

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void createsTheFileWithTheJsonAndNoBackup() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(SampleTopologies.pushPull(), file);
        assertEquals(TopologyFiles.toJson(SampleTopologies.pushPull()), Files.readString(file));
        assertEquals(List.of("t.json"), filesIn(folder));
        assertEquals(SampleTopologies.pushPull(), TopologyFiles.load(file));
    }

    @Test
    void keepsThePreviousVersionAsOneBackup() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("first"), file);
        TopologyFiles.save(Topology.empty("second"), file);
        TopologyFiles.save(Topology.empty("third"), file);
        assertEquals(Topology.empty("third"), TopologyFiles.load(file));
        assertEquals(Topology.empty("second"), TopologyFiles.load(folder.resolve("t.json.bak")));
        assertEquals(List.of("t.json", "t.json.bak"), filesIn(folder));
    }

    @Test
    void leavesTheOriginalIntactWhenWritingFailsHalfWay() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("original"), file);
        byte[] before = Files.readAllBytes(file);
        IOException failure = assertThrows(IOException.class, () -> AtomicFile.write(file, out -> {
            out.write("{\"format\": 1, \"na".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of("t.json"), filesIn(folder));
    }

    @Test
    void leavesTheOriginalAndBackupIntactWhenTheSerializerThrows() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("one"), file);
        TopologyFiles.save(Topology.empty("two"), file);
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(file, out -> {
            throw new UncheckedIOException(new IOException("serializer bug"));
        }));
        assertEquals(Topology.empty("two"), TopologyFiles.load(file));
        assertEquals(Topology.empty("one"), TopologyFiles.load(AtomicFile.backupOf(file)));
        assertEquals(List.of("t.json", "t.json.bak"), filesIn(folder));
    }

    @Test
    void failsCleanlyWhenTheFolderDoesNotExist() {
        Path file = folder.resolve("missing").resolve("t.json");
        assertThrows(IOException.class, () -> TopologyFiles.save(Topology.empty("x"), file));
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("a"), file);
        Set<PosixFilePermission> custom = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(file, custom);
        TopologyFiles.save(Topology.empty("b"), file);
        assertEquals(custom, Files.getPosixFilePermissions(file));
    }

    @Test
    void savesThroughARelativePathToo() throws Exception {
        Path file = Path.of("").toAbsolutePath().relativize(folder.resolve("rel.json"));
        TopologyFiles.save(Topology.empty("rel"), file);
        assertEquals(Topology.empty("rel"), TopologyFiles.load(file));
    }

    @Test
    void savesThroughALinkIntoItsTargetAndTheLinkStaysALink() throws Exception {
        Path real = Files.createDirectory(folder.resolve("repo")).resolve("t.json");
        TopologyFiles.save(Topology.empty("old"), real);
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("repo", "t.json"));
        TopologyFiles.save(Topology.empty("new"), link);
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("repo", "t.json"), Files.readSymbolicLink(link));
        assertEquals(Topology.empty("new"), TopologyFiles.load(real));
        assertEquals(Topology.empty("old"), TopologyFiles.load(folder.resolve("repo/t.json.bak")));
        assertEquals(List.of("link.json", "repo"), filesIn(folder));
    }

    @Test
    void savesThroughAChainOfLinksAndALinkToAFileNotYetThere() throws Exception {
        Path real = folder.resolve("real.json");
        Path inner = Files.createSymbolicLink(folder.resolve("inner.json"), real);
        Path outer = Files.createSymbolicLink(folder.resolve("outer.json"), inner);
        TopologyFiles.save(Topology.empty("first"), outer);
        TopologyFiles.save(Topology.empty("second"), outer);
        assertEquals(Topology.empty("second"), TopologyFiles.load(real));
        assertTrue(Files.isSymbolicLink(inner) && Files.isSymbolicLink(outer));
        assertEquals(List.of("inner.json", "outer.json", "real.json", "real.json.bak"), filesIn(folder));
    }

    @Test
    void refusesAReadOnlyFileAndLeavesItAsItWas() throws Exception {
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("kept"), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        ReadOnlyFileException e = assertThrows(ReadOnlyFileException.class,
                () -> TopologyFiles.save(Topology.empty("lost"), file));
        assertEquals(file + " is read-only", e.getMessage());
        assertEquals(Topology.empty("kept"), TopologyFiles.load(file));
        assertEquals(List.of("t.json"), filesIn(folder));
    }

    @Test
    void refusesToReplaceAFolder() throws Exception {
        Path taken = Files.createDirectory(folder.resolve("t.json"));
        java.nio.file.FileSystemException e = assertThrows(java.nio.file.FileSystemException.class,
                () -> TopologyFiles.save(Topology.empty("x"), taken));
        assertEquals("it is a folder", e.getReason());
        assertEquals(List.of("t.json"), filesIn(folder));
    }

    @Test
    void theTemporaryFileHasTheOriginalModeBeforeAnyContentIsWritten() throws Exception {
        for (String mode : List.of("rw-------", "rw-rw-rw-", "rw-r-----")) {
            Path file = folder.resolve(mode + ".json");
            TopologyFiles.save(Topology.empty("a"), file);
            Set<PosixFilePermission> custom = PosixFilePermissions.fromString(mode);
            Files.setPosixFilePermissions(file, custom);
            List<Set<PosixFilePermission>> seen = new java.util.ArrayList<>();
            AtomicFile.write(file, out -> {
                try (Stream<Path> temps = Files.list(folder)) {
                    for (Path temp : temps.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                        assertEquals(0, Files.size(temp), "nothing written yet");
                        seen.add(Files.getPosixFilePermissions(temp));
                    }
                }
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            });
            assertEquals(List.of(custom), seen, mode);
            assertEquals(custom, Files.getPosixFilePermissions(file), mode);
            assertEquals(custom, Files.getPosixFilePermissions(AtomicFile.backupOf(file)), "the backup too: " + mode);
        }
    }

    @Test
    void keepsTheOwnerAndGroupWhereThePlatformAllows() throws Exception {
        var users = folder.getFileSystem().getUserPrincipalLookupService();
        java.nio.file.attribute.UserPrincipal nobody;
        java.nio.file.attribute.GroupPrincipal nogroup;
        Path file = folder.resolve("t.json");
        TopologyFiles.save(Topology.empty("a"), file);
        try {
            nobody = users.lookupPrincipalByName("nobody");
            nogroup = users.lookupPrincipalByGroupName("nogroup");
            Files.setOwner(file, nobody);
            Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class).setGroup(nogroup);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "cannot give a file away here (not an administrator): " + e);
            return;
        }
        TopologyFiles.save(Topology.empty("b"), file);
        var attributes = Files.readAttributes(file, java.nio.file.attribute.PosixFileAttributes.class);
        assertEquals(nobody, attributes.owner());
        assertEquals(nogroup, attributes.group());
        assertEquals(Topology.empty("b"), TopologyFiles.load(file));
    }
}
