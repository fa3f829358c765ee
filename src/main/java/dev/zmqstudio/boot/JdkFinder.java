package dev.zmqstudio.boot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds a JDK of a given version or newer the way .ci/run does: JAVA_HOME first, then the folders JDKs are
 * installed in (each of their sub-folders, in name order; on macOS a bundle's {@code Contents/Home}).
 *
 * @param javaHome the JAVA_HOME variable, or null
 * @param folders  the folders whose sub-folders may be JDKs
 */
record JdkFinder(String javaHome, List<Path> folders) {
    /** Replaces the built-in list of JDK folders (path-separator separated): tests point it at a folder of fakes. */
    static final String FOLDERS_PROPERTY = "zmqstudio.jvmFolders";

    static JdkFinder fromEnvironment() {
        String override = System.getProperty(FOLDERS_PROPERTY);
        List<Path> folders = override != null
                ? Stream.of(override.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList()
                : defaultFolders(System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
        return new JdkFinder(System.getenv("JAVA_HOME"), folders);
    }

    static List<Path> defaultFolders(String osName, Path userHome) {
        if (osName.startsWith("Windows")) {
            List<Path> folders = new ArrayList<>();
            for (String root : new String[] {System.getenv("ProgramFiles"), System.getenv("LOCALAPPDATA")}) {
                if (root != null) {
                    for (String vendor : List.of("Java", "Eclipse Adoptium", "Microsoft", "Zulu", "BellSoft", "Amazon Corretto")) {
                        folders.add(Path.of(root, vendor));
                    }
                }
            }
            folders.add(userHome.resolve(".jdks"));
            return folders;
        }
        if (osName.startsWith("Mac")) {
            return List.of(Path.of("/Library/Java/JavaVirtualMachines"), userHome.resolve("Library/Java/JavaVirtualMachines"),
                    userHome.resolve(".sdkman/candidates/java"), userHome.resolve(".jdks"));
        }
        return List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"), Path.of("/opt"),
                userHome.resolve(".sdkman/candidates/java"), userHome.resolve(".jdks"));
    }

    /** The first JDK of version {@code required} or newer: JAVA_HOME's, else the first in the folders. */
    Optional<Jdk> find(int required) {
        return candidates().map(Jdk::at).flatMap(Optional::stream).filter(jdk -> jdk.feature() >= required).findFirst();
    }

    private Stream<Path> candidates() {
        Stream<Path> fromJavaHome = javaHome == null || javaHome.isBlank() ? Stream.empty() : Stream.of(Path.of(javaHome));
        return Stream.concat(fromJavaHome, folders.stream().flatMap(JdkFinder::homesIn));
    }

    private static Stream<Path> homesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted(Comparator.comparing(Path::toString))
                    .map(child -> Files.isDirectory(child.resolve("Contents/Home")) ? child.resolve("Contents/Home") : child)
                    .toList().stream();
        } catch (IOException | RuntimeException e) {
            return Stream.empty();
        }
    }

    /** The one line for no JDK found: what runs now, where we looked, and what to do. */
    String notFound(int running, Path runningHome, int required) {
        String javaHomeSays;
        if (javaHome == null || javaHome.isBlank()) {
            javaHomeSays = "JAVA_HOME is not set";
        } else {
            javaHomeSays = Jdk.at(Path.of(javaHome))
                    .map(jdk -> "JAVA_HOME (" + javaHome + ") is Java " + jdk.feature())
                    .orElse("JAVA_HOME (" + javaHome + ") is not a JDK");
        }
        String looked = folders.stream().filter(Files::isDirectory).map(Path::toString).collect(Collectors.joining(", "));
        return "error: ZMQ Studio needs Java " + required + " or newer; this is Java " + running + " ("
                + Path.of(runningHome.toString(), "bin", "java") + "), " + javaHomeSays + " and no JDK " + required
                + " or newer is in " + (looked.isEmpty() ? "the usual JDK folders" : looked) + ". Install JDK " + required
                + " (e.g. Temurin, https://adoptium.net) and set JAVA_HOME to it, e.g. " + example(required);
    }

    private static String example(int required) {
        String os = System.getProperty("os.name", "");
        if (os.startsWith("Windows")) {
            return "set JAVA_HOME=C:\\Program Files\\Eclipse Adoptium\\jdk-" + required;
        }
        if (os.startsWith("Mac")) {
            return "export JAVA_HOME=$(/usr/libexec/java_home -v " + required + ")";
        }
        return "export JAVA_HOME=/usr/lib/jvm/temurin-" + required + "-jdk-amd64";
    }
}
