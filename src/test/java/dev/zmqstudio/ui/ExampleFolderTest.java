package dev.zmqstudio.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Timeout(5)
class ExampleFolderTest {

    @TempDir
    Path dir;
    private final String saved = System.getProperty(ExampleFolder.PROPERTY);

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(ExampleFolder.PROPERTY);
        } else {
            System.setProperty(ExampleFolder.PROPERTY, saved);
        }
    }

    @Test
    void thePropertyNamesTheFolderAndPushPullIsTheDefault() throws Exception {
        Files.writeString(dir.resolve("push-pull.json"), "{}");
        Files.writeString(dir.resolve("a-first.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "");
        System.setProperty(ExampleFolder.PROPERTY, dir.toString());
        assertEquals(dir.toAbsolutePath(), ExampleFolder.find().orElseThrow());
        assertEquals(dir.resolve("push-pull.json").toAbsolutePath(), ExampleFolder.defaultExample().orElseThrow());
        assertEquals(List.of(dir.resolve("a-first.json"), dir.resolve("push-pull.json")), ExampleFolder.examples(dir));
    }
}
