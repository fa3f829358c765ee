package dev.zmqstudio.export;

import java.nio.file.Path;
import java.util.List;

/**
 * Files an export copies as they are, rather than writes: each source (a file, or a folder with everything under
 * it) goes into {@code folder}, a plain name inside the output folder, under its own file name. The app's own jars
 * and runtime reach a deployment's image this way (see {@link AppFiles}).
 */
public record CopiedFiles(String folder, List<Path> sources) {
    public CopiedFiles {
        if (folder.isEmpty() || folder.contains("/") || folder.contains("\\") || folder.startsWith(".")) {
            throw new IllegalArgumentException("a copied folder's name is one plain name: " + folder);
        }
        sources = List.copyOf(sources);
    }
}
