package dev.zmqstudio.export;

import java.util.List;

/** The files of an export and what it could not export (one line each, for the user). */
public record ExportResult(List<ExportedFile> files, List<String> notes) {
    public ExportResult {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }
}
