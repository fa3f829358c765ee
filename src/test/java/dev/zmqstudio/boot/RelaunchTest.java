package dev.zmqstudio.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The command line an older `java -jar` starts the app with on a JDK 25. */
@Timeout(10)
class RelaunchTest {

    @Test
    void optionsFromTheEnvironmentAreLeftToTheEnvironment() {
        List<String> input = List.of("-Dtool=1", "-Xlog:disable", "-Djdk=1", "-Xmx1g", "-Dtool=1", "-Dx=y");
        Map<String, String> env = Map.of("JAVA_TOOL_OPTIONS", " -Dtool=1  -Xlog:disable", "JDK_JAVA_OPTIONS", "-Djdk=1");
        // the same option given on the command line as well stays, once
        assertEquals(List.of("-Xmx1g", "-Dtool=1", "-Dx=y"), Relaunch.commandLineOptions(input, env));
        assertEquals(input, Relaunch.commandLineOptions(input, Map.of()));
    }

    @Test
    void theJarRunAloneIsStartedWithDashJarAnythingElseByClassPath(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("zmq-studio.jar"), "x");
        assertEquals(List.of("-jar", jar.toString()), Relaunch.target(jar.toString(), jar, "M"));
        String classPath = dir.resolve("classes") + java.io.File.pathSeparator + jar;
        assertEquals(List.of("-cp", classPath, "M"), Relaunch.target(classPath, jar, "M"));
        assertEquals(List.of("-cp", dir.toString(), "M"), Relaunch.target(dir.toString(), dir, "M"));
    }

    @Test
    void theCommandIsTheOtherJavaTheOptionsTheTargetAndTheArguments() {
        Relaunch relaunch = new Relaunch(null, List.of("-Xmx1g", "-Dzmqstudio.boot.relaunched=true"), List.of("-jar", "/a/z.jar"))
                .on(Path.of("/jdk25/bin/java"));
        assertEquals(List.of(Path.of("/jdk25/bin/java").toString(), "-Xmx1g", "-Dzmqstudio.boot.relaunched=true", "-jar", "/a/z.jar",
                "run", "f.json"), relaunch.command(new String[] {"run", "f.json"}));
    }
}
