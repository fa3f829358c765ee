package dev.zmqstudio.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** One file an export makes: its name inside the output folder (no folders, no "..") and its bytes. */
public record ExportedFile(String name, byte[] bytes) {
    public ExportedFile {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("an exported file's name is one plain name: " + name);
        }
        bytes = bytes.clone();
    }

    /** A text file, in UTF-8. */
    public ExportedFile(String name, String text) {
        this(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The file as text (UTF-8). */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ExportedFile f && f.name.equals(name) && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return name + " (" + bytes.length + " bytes)";
    }
}
