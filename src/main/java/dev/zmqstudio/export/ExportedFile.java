package dev.zmqstudio.export;

/** One file an export makes: its name inside the output folder (no folders, no "..") and its text. */
public record ExportedFile(String name, String text) {
    public ExportedFile {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("an exported file's name is one plain name: " + name);
        }
    }
}
