package dev.zmqstudio.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** JDK homes as the finder sees them: a {@code bin/java} that can be executed and a {@code release} file. */
final class FakeJdks {
    private FakeJdks() {
    }

    static Path make(Path home, String version) throws IOException {
        Path java = home.resolve("bin").resolve(System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nexit 0\n");
        try {
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // Windows: every file can be executed
        }
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
