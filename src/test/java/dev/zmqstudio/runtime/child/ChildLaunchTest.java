package dev.zmqstudio.runtime.child;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** When a child starts with the AOT cache beside the app's jar: file times in a build folder, any in an installed app. */
@Timeout(10)
class ChildLaunchTest {
    @TempDir
    Path dir;

    @Test
    void aCacheNewerThanEveryJarIsUsedAnOlderOneOnlyInAnInstalledApp() throws Exception {
        Path app = jar("zmq-studio.jar", 100);
        Path lib = jar("lib/jeromq.jar", 100);
        Path cache = touch(dir.resolve(ChildLaunch.AOT_CACHE_NAME), 200);
        String classPath = app + File.pathSeparator + lib;
        assertEquals(cache, ChildLaunch.defaultAotCache(classPath, false));

        touch(lib, 300); // a rebuilt jar: the JDK would not notice and hand children its old classes
        assertNull(ChildLaunch.defaultAotCache(classPath, false));
        // An installer stamps files with the moment it copied them, in any order: jars and cache ship together.
        assertEquals(cache, ChildLaunch.defaultAotCache(classPath, true));
    }

    @Test
    void noCacheWithoutTheFileOrWithoutAJar() throws Exception {
        Path app = jar("zmq-studio.jar", 100);
        assertNull(ChildLaunch.defaultAotCache(app.toString(), true));
        touch(dir.resolve(ChildLaunch.AOT_CACHE_NAME), 200);
        assertNull(ChildLaunch.defaultAotCache(dir.resolve("classes").toString(), true), "a class folder cannot be cached");
    }

    @Test
    void aHeadlessRunsChildrenReportLessOftenButNeverMoreOftenThanALiveView() {
        ChildLaunch launch = new ChildLaunch(Path.of("java"), "app.jar", ChildLaunch.MAIN_CLASS, ChildLaunch.JVM_OPTIONS, null,
                t -> "{}").reportingEvery(50).reportingEvery(100);
        List<String> command = launch.command(List.of("node"));
        assertEquals(List.of("-D" + ChildLaunch.REPORT_PROPERTY + "=100"),
                command.stream().filter(o -> o.startsWith("-D" + ChildLaunch.REPORT_PROPERTY)).toList(), command.toString());
        assertEquals(100, ChildNode.reportMillis(10, 100));
        assertEquals(ChildNode.REPORT_MS, ChildNode.reportMillis(10, 1), "no more often than a live view's reports");
        assertEquals(3 * ChildNode.REPORT_MS, ChildNode.reportMillis(600, ChildNode.REPORT_MS), "a larger topology, less often");
        assertEquals(ChildNode.LARGE_REPORT_MS, ChildNode.reportMillis(600, 400), "never less often than a large topology's");
    }

    private Path jar(String name, long second) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return touch(p, second);
    }

    private static Path touch(Path p, long second) throws Exception {
        if (!Files.exists(p)) {
            Files.writeString(p, "x");
        }
        Files.setLastModifiedTime(p, FileTime.from(Instant.ofEpochSecond(1_700_000_000L + second)));
        return p;
    }
}
