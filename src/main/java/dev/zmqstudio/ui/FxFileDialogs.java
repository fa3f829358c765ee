package dev.zmqstudio.ui;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** FileChooser-based dialogs. */
final class FxFileDialogs implements FileDialogs {

    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("Topology (*.json)", "*.json");
    private static final FileChooser.ExtensionFilter PNG = new FileChooser.ExtensionFilter("PNG image (*.png)", "*.png");

    @Override
    public Optional<Path> openTopology(Window owner, Path folder) {
        FileChooser chooser = chooser("Open topology", JSON, folder, null);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFolder(Window owner, Path suggested) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("Export pyzmq programs into a new or empty folder");
        if (suggested != null && suggested.getParent() != null && java.nio.file.Files.isDirectory(suggested.getParent())) {
            chooser.setInitialDirectory(suggested.getParent().toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openRecording(Window owner, Path folder) {
        FileChooser chooser = chooser("Open recording", new FileChooser.ExtensionFilter("Recording (*.zsrec)", "*.zsrec"),
                folder, null);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> openSweepSpec(Window owner, Path folder) {
        FileChooser chooser = chooser("Open sweep spec", new FileChooser.ExtensionFilter("Sweep spec (*.json)", "*.json"),
                folder, null);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> saveTopology(Window owner, Path suggested) {
        FileChooser chooser = chooser("Save topology", JSON, suggested == null ? null : suggested.getParent(), suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> withExtension(p, ".json"));
    }

    @Override
    public Optional<Path> savePng(Window owner, Path suggested) {
        FileChooser chooser = chooser("Export PNG", PNG, suggested == null ? null : suggested.getParent(), suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> withExtension(p, ".png"));
    }

    @Override
    public Optional<Path> saveExport(Window owner, Path suggested, String extension) {
        FileChooser chooser = chooser("Export diagram", new FileChooser.ExtensionFilter("Diagram (*" + extension + ")",
                "*" + extension), suggested == null ? null : suggested.getParent(), suggested);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(p -> withExtension(p, extension));
    }

    private static FileChooser chooser(String title, FileChooser.ExtensionFilter filter, Path folder, Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(filter);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        if (suggested != null) {
            chooser.setInitialFileName(suggested.getFileName().toString());
        }
        return chooser;
    }

    private static Path withExtension(Path p, String ext) {
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ext);
    }
}
