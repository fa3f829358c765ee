package dev.zmqstudio.ui.run;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a run started from the designer writes its files: {@code ~/zmq-studio/<file name without .json>/}
 * ({@code untitled} for a diagram never saved), so two topologies recording {@code latency.csv} do not overwrite
 * each other's, and not beside the file (the examples may be installed read-only). The {@code zmqstudio.output}
 * property replaces {@code ~/zmq-studio} (tests use their own folder).
 */
public final class RunOutputFolder {
    static final String UNTITLED = "untitled";

    private RunOutputFolder() {
    }

    static Path of(Path topologyFile) {
        return base().resolve(nameFor(topologyFile));
    }

    /** {@code ~/zmq-studio}, or what the {@code zmqstudio.output} property says. */
    static Path base() {
        String configured = System.getProperty("zmqstudio.output");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), "zmq-studio");
    }

    /** Where a sweep started from the designer writes: {@code ~/zmq-studio/experiments/<spec name>-<date-time>/}. */
    public static Path forExperiment(String specName) {
        return base().resolve("experiments").resolve(specName + "-"
                + java.time.LocalDateTime.now().format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /** The folder of the designer's recordings of {@code topologyFile}, when it exists (else null). */
    public static Path recordingsOf(Path topologyFile) {
        Path folder = of(topologyFile).resolve("recordings");
        return java.nio.file.Files.isDirectory(folder) ? folder : null;
    }

    /** Where a recorded run from the designer goes: {@code <output>/recordings/<date-time>.zsrec}. */
    static Path recordingIn(Path output) {
        return output.resolve("recordings").resolve(java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")) + ".zsrec");
    }

    /** The file's name without {@code .json}, made safe as one folder name. */
    static String nameFor(Path topologyFile) {
        if (topologyFile == null || topologyFile.getFileName() == null) {
            return UNTITLED;
        }
        String name = topologyFile.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            name = name.substring(0, name.length() - ".json".length());
        }
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) || c == '/' || c == '\\' ? '_' : c));
        String folder = safe.toString();
        return folder.isBlank() || folder.chars().allMatch(c -> c == '.') ? UNTITLED : folder;
    }
}
