package dev.zmqstudio.export;

import java.util.List;

/**
 * The files of an export, what it copies as is ({@link CopiedFiles}: the app itself, for a deployment's image) and
 * what it could not export (one line each, for the user).
 */
public record ExportResult(List<ExportedFile> files, List<CopiedFiles> copies, List<String> notes) {
    public ExportResult {
        files = List.copyOf(files);
        copies = List.copyOf(copies);
        notes = List.copyOf(notes);
    }

    public ExportResult(List<ExportedFile> files, List<String> notes) {
        this(files, List.of(), notes);
    }
}
