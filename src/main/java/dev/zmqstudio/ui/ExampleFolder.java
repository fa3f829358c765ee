package dev.zmqstudio.ui;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the folder of example topologies: the {@code zmqstudio.topologies} system property, else ./topologies,
 * else next to the running jar ({@code <jar dir>/../topologies} or {@code <jar dir>/topologies}).
 */
public final class ExampleFolder {

    public static final String PROPERTY = "zmqstudio.topologies";
    public static final String DEFAULT_EXAMPLE = "push-pull.json";

    private ExampleFolder() {
    }

    public static Optional<Path> find() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        candidates.add(Path.of("topologies"));
        jarFolder().ifPresent(dir -> {
            candidates.add(dir.resolve("../topologies").normalize());
            candidates.add(dir.resolve("topologies"));
        });
        return candidates.stream().filter(Files::isDirectory).findFirst().map(p -> p.toAbsolutePath().normalize());
    }

    /** The default example, when the folder and the file exist. */
    public static Optional<Path> defaultExample() {
        return find().map(dir -> dir.resolve(DEFAULT_EXAMPLE)).filter(Files::isRegularFile);
    }

    /** The *.json files of the folder, sorted by name. */
    public static List<Path> examples(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> jarFolder() {
        try {
            var source = ExampleFolder.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(Files.isDirectory(location) ? location : location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
