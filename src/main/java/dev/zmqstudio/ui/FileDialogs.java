package dev.zmqstudio.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for files. The real one uses FileChooser; tests inject paths. */
public interface FileDialogs {

    Optional<Path> openTopology(Window owner, Path folder);

    Optional<Path> saveTopology(Window owner, Path suggested);

    Optional<Path> savePng(Window owner, Path suggested);

    /** Where to write an exported diagram ({@code extension}: ".mmd", ".dot"). */
    default Optional<Path> saveExport(Window owner, Path suggested, String extension) {
        return savePng(owner, suggested);
    }

    /** A folder to export programs into (a new or empty one). */
    default Optional<Path> chooseExportFolder(Window owner, Path suggested) {
        return saveTopology(owner, suggested);
    }

    /** A recording (.zsrec) to replay. */
    default Optional<Path> openRecording(Window owner, Path folder) {
        return openTopology(owner, folder);
    }

    /** A sweep spec (JSON) to run in the Experiments view. */
    default Optional<Path> openSweepSpec(Window owner, Path folder) {
        return openTopology(owner, folder);
    }
}
