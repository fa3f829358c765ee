package dev.zmqstudio.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A Java installation: its home folder and the feature version its {@code release} file names (25 for 25.0.3). */
record Jdk(Path home, int feature) {

    /** The installation at {@code home}, when it has a {@code java} launcher and says which version it is. */
    static Optional<Jdk> at(Path home) {
        if (!Files.isExecutable(launcher(home))) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(home.resolve("release")).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .findFirst()
                    .flatMap(line -> feature(line.substring("JAVA_VERSION=".length())))
                    .map(feature -> new Jdk(home, feature));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The feature number of a version string: {@code "25.0.3"} is 25, {@code "26-ea"} 26, {@code "1.8.0_292"} 8. */
    static Optional<Integer> feature(String version) {
        String v = version.trim().replace("\"", "");
        if (v.startsWith("1.")) {
            v = v.substring(2);
        }
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 || end > 4 ? Optional.empty() : Optional.of(Integer.parseInt(v.substring(0, end)));
    }

    Path java() {
        return launcher(home);
    }

    private static Path launcher(Path home) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return home.resolve("bin").resolve(windows ? "java.exe" : "java");
    }
}
