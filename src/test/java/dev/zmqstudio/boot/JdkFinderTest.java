package dev.zmqstudio.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which JDK an older `java -jar` hands the app to, and what it says when there is none. */
@Timeout(10)
class JdkFinderTest {
    @TempDir
    Path dir;

    @Test
    void versionStringsGiveTheirFeatureNumber() {
        assertEquals(Optional.of(25), Jdk.feature("\"25.0.3\""));
        assertEquals(Optional.of(26), Jdk.feature("26-ea"));
        assertEquals(Optional.of(25), Jdk.feature("25"));
        assertEquals(Optional.of(8), Jdk.feature("1.8.0_292"));
        assertEquals(Optional.empty(), Jdk.feature("unknown"));
    }

    @Test
    void javaHomeComesFirstWhenItIsNewEnough() throws Exception {
        Path home = FakeJdks.make(dir.resolve("home-25"), "25.0.1");
        Path folder = dir.resolve("jvm");
        FakeJdks.make(folder.resolve("a-jdk-26"), "26");
        assertEquals(home, new JdkFinder(home.toString(), List.of(folder)).find(25).orElseThrow().home());
    }

    @Test
    void anOlderJavaHomeIsPassedOverForTheFirstNewEnoughJdkInTheFolders() throws Exception {
        Path old = FakeJdks.make(dir.resolve("home-17"), "17.0.15");
        Path folder = dir.resolve("jvm");
        FakeJdks.make(folder.resolve("java-17-openjdk"), "17.0.15");
        Path found = FakeJdks.make(folder.resolve("temurin-25-jdk"), "25.0.3");
        FakeJdks.make(folder.resolve("zulu-26"), "26");
        Files.createDirectories(folder.resolve("not-a-jdk"));
        assertEquals(found, new JdkFinder(old.toString(), List.of(folder)).find(25).orElseThrow().home());
        assertEquals(found, new JdkFinder(null, List.of(dir.resolve("missing"), folder)).find(25).orElseThrow().home());
    }

    @Test
    void aMacBundleIsFoundByItsContentsHome() throws Exception {
        Path folder = dir.resolve("JavaVirtualMachines");
        Path home = FakeJdks.make(folder.resolve("temurin-25.jdk").resolve("Contents/Home"), "25.0.3");
        assertEquals(home, new JdkFinder(null, List.of(folder)).find(25).orElseThrow().home());
    }

    @Test
    void aHomeWithoutJavaOrReleaseFileIsNoJdk() throws Exception {
        Path noJava = dir.resolve("no-java");
        Files.createDirectories(noJava);
        Files.writeString(noJava.resolve("release"), "JAVA_VERSION=\"25\"\n");
        Path noRelease = FakeJdks.make(dir.resolve("no-release"), "25");
        Files.delete(noRelease.resolve("release"));
        assertTrue(new JdkFinder(noJava.toString(), List.of(dir)).find(25).isEmpty());
    }

    @Test
    void noJdkFoundIsOneLineSayingWhatRunsWhereItLookedAndWhatToDo() throws Exception {
        Path folder = dir.resolve("jvm");
        FakeJdks.make(folder.resolve("java-21"), "21.0.2");
        Path home21 = folder.resolve("java-21");
        String line = new JdkFinder(home21.toString(), List.of(folder, dir.resolve("missing")))
                .notFound(17, Path.of("/usr/lib/jvm/java-17"), 25);
        assertTrue(line.startsWith("error: ZMQ Studio needs Java 25 or newer; this is Java 17 ("
                + Path.of("/usr/lib/jvm/java-17", "bin", "java") + "), JAVA_HOME (" + home21 + ") is Java 21 and no JDK 25 or newer is in "
                + folder + ". Install JDK 25"), line);
        assertTrue(line.contains("set JAVA_HOME to it, e.g. "), line);
        assertFalse(line.contains("\n"), line);
        assertTrue(new JdkFinder(null, List.of()).notFound(17, Path.of("/j"), 25).contains("JAVA_HOME is not set"));
    }
}
