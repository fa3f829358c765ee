package dev.zmqstudio.export;

import dev.zmqstudio.io.AppVersion;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The files of the running app that a deployment's image is built from, and how the image starts them:
 * <ul>
 *   <li>{@link Form#INSTALLED}: an installed app image on Linux (jpackage's launcher, its jlink runtime and jars):
 *       copied whole, and the image runs that launcher on a plain Debian;</li>
 *   <li>{@link Form#JAR}: {@code zmq-studio.jar} with its {@code lib/} beside it: copied, and the image runs them
 *       with {@code java -jar} on Eclipse Temurin's Java 25 runtime;</li>
 *   <li>{@link Form#NONE}: classes from a build folder (an IDE, the tests): nothing to copy; the image is built as
 *       for a jar once the user puts one in {@code app/}, as the export's README says.</li>
 * </ul>
 */
public record AppFiles(Form form, List<Path> sources, String version) {
    /** Set by the jpackage launcher: the path of the launcher of the installed app. */
    static final String LAUNCHER_PROPERTY = "jpackage.app-path";
    static final String JAR = "zmq-studio.jar";

    public enum Form { INSTALLED, JAR, NONE }

    public AppFiles {
        sources = List.copyOf(sources);
    }

    /** Where this process's app is (see the forms above), with this build's version. */
    public static AppFiles ofThisProcess() {
        String version = AppVersion.current();
        String launcher = System.getProperty(LAUNCHER_PROPERTY);
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        if (launcher != null && linux) {
            // jpackage's Linux layout: IMAGE/bin/zmq-studio, IMAGE/lib/app (jars), IMAGE/lib/runtime (jlink)
            Path image = Path.of(launcher).toAbsolutePath().getParent().getParent();
            if (Files.isDirectory(image.resolve("lib").resolve("runtime"))) {
                return new AppFiles(Form.INSTALLED, List.of(image.resolve("bin"), image.resolve("lib")), version);
            }
        }
        Path jar = codeSource();
        if (jar != null && jar.getFileName().toString().equals(JAR) && Files.isRegularFile(jar)) {
            Path lib = jar.resolveSibling("lib");
            return new AppFiles(Form.JAR, Files.isDirectory(lib) ? List.of(jar, lib) : List.of(jar), version);
        }
        return new AppFiles(Form.NONE, List.of(), version);
    }

    /** The image's tag: the app's version, since the image holds the app and nothing of a topology. */
    public String image() {
        return "zmq-studio:" + version;
    }

    private static Path codeSource() {
        try {
            var source = AppFiles.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}
