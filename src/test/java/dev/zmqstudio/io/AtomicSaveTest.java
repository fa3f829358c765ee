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
}
