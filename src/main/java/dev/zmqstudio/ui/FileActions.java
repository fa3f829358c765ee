package dev.zmqstudio.ui;

import dev.zmqstudio.io.ReadOnlyFileException;
import dev.zmqstudio.io.TopologyFiles;
import dev.zmqstudio.io.TopologyFormatException;
import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.edit.Editor;
import javafx.application.Platform;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;

/** New, Open, Save, Save As, Export PNG and Quit, with the "save changes?" question before losing work. */
final class FileActions {

    private final Editor editor;
    private final DiagramCanvas canvas;
    private final DesignerServices services;
    private final Supplier<Window> window;

    FileActions(Editor editor, DiagramCanvas canvas, DesignerServices services, Supplier<Window> window) {
        this.editor = editor;
        this.canvas = canvas;
        this.services = services;
        this.window = window;
    }

    void newDocument() {
        if (confirmDiscard()) {
            editor.document().replace(Topology.empty(""), null);
            editor.selection().clear();
            canvas.home();
            editor.status().info("New topology");
        }
    }

    private final dev.zmqstudio.ui.experiment.ExperimentWindow experiments = new dev.zmqstudio.ui.experiment.ExperimentWindow();

    /** Run > Experiments: the window that runs sweeps, specs from the examples' experiments folder first. */
    dev.zmqstudio.ui.experiment.ExperimentView experiments() {
        Path folder = services.examples() == null ? null : services.examples().resolve("experiments");
        Window owner = window.get();
        java.util.List<String> styles = owner == null || owner.getScene() == null ? java.util.List.of()
                : owner.getScene().getStylesheets();
        return experiments.show(owner, (w, f) -> services.dialogs().openSweepSpec(w, f), folder, styles);
    }

    /** File > New from Generator: a generated topology as a new, unsaved document, fitted to the window. */
    void newFromGenerator() {
        if (!confirmDiscard()) {
            return;
        }
        services.prompts().askGenerated(window.get()).ifPresent(generated -> {
            editor.document().replace(generated, null);
            editor.selection().clear();
            Platform.runLater(canvas::fit);
            String what = generated.name() + ": " + generated.nodes().size() + " nodes, " + generated.wires().size()
                    + " wires, " + generated.links().size() + " links";
            editor.status().info("Generated " + what);
            editor.log("Generated " + what);
        });
    }

    void open() {
        if (!confirmDiscard()) {
            return;
        }
        Path folder = editor.document().file() != null ? editor.document().file().getParent()
                : services.examples();
        services.dialogs().openTopology(window.get(), folder).ifPresent(this::openFile);
    }

    /**
     * File > Open Recording: asks about unsaved changes, then for a recording, in the folder where the designer's
     * recorded runs go when there is one.
     */
    java.util.Optional<Path> chooseRecording() {
        if (!confirmDiscard()) {
            return java.util.Optional.empty();
        }
        return services.dialogs().openRecording(window.get(), dev.zmqstudio.ui.run.RunOutputFolder.recordingsOf(editor.document().file()));
    }

    /** A recording, by its name: what File > Open and the command line hand to the replay instead of the editor. */
    static boolean isRecording(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zsrec");
    }

    /** Opens a file, asking about unsaved changes first. */
    void openAsking(Path file) {
        if (confirmDiscard()) {
            openFile(file);
        }
    }

    /**
     * Loads {@code file} and replaces the document; on failure shows the message (file:line:column: what) and
     * leaves the current topology as it was.
     */
    boolean openFile(Path file) {
        Topology loaded;
        try {
            loaded = TopologyFiles.load(file);
        } catch (TopologyFormatException e) {
            fail("Cannot open " + file.getFileName(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            fail("Cannot open " + file.getFileName(), file + ": " + e.getMessage());
            return false;
        }
        editor.document().replace(loaded, file);
        opened(file);
        return true;
    }

    /**
     * What follows once {@code file} is the editor's document: a clear selection, the file in Open Recent, a word in
     * the status bar and the console, the diagram fitted to the canvas. At start-up the window frame loads the file
     * and shows it before these parts exist; they say it once they do.
     */
    void opened(Path file) {
        editor.selection().clear();
        services.recent().add(file);
        editor.status().info("Opened " + file);
        editor.log("Opened " + file);
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            canvas.fit(); // before the next pulse lays the new diagram out at the old zoom (a large one as a map)
        }
        Platform.runLater(canvas::fit); // again once the window has its size (at start-up it has none yet)
    }

    boolean save() {
        Path file = editor.document().file();
        return file == null ? saveAs() : write(file);
    }

    boolean saveAs() {
        Path suggested = editor.document().file() != null ? editor.document().file()
                : Path.of(System.getProperty("user.home"), editor.document().displayName() + ".json");
        return saveAs(suggested);
    }

    private boolean saveAs(Path suggested) {
        return services.dialogs().saveTopology(window.get(), suggested).map(this::write).orElse(false);
    }

    /** A diagram nobody named takes its file's name ("pipeline" for pipeline.json), so the file never says "". */
    static dev.zmqstudio.model.Topology named(dev.zmqstudio.model.Topology topology, Path file) {
        if (!topology.name().isBlank()) {
            return topology;
        }
        String stem = file.getFileName().toString();
        return topology.withName(stem.endsWith(".json") ? stem.substring(0, stem.length() - 5) : stem);
    }

    private boolean write(Path file) {
        try {
            TopologyFiles.save(named(editor.topology(), file), file);
        } catch (ReadOnlyFileException e) {
            String message = file + " is read-only, so it was not changed";
            editor.status().error(message);
            editor.log("error: " + message);
            return services.prompts().offerSaveAs(window.get(), file.getFileName().toString(), message)
                    && saveAs(Path.of(System.getProperty("user.home")).resolve(file.getFileName()));
        } catch (IOException | RuntimeException e) {
            fail("Cannot save " + file.getFileName(), file + ": " + reason(e));
            return false;
        }
        editor.document().saved(file);
        services.recent().add(file);
        editor.status().info("Saved " + file);
        editor.log("Saved " + file);
        return true;
    }

    void exportPng() {
        if (editor.topology().nodes().isEmpty()) {
            editor.status().info("Nothing to export: the diagram is empty");
            return;
        }
        Path suggested = editor.document().file() != null
                ? editor.document().file().resolveSibling(editor.document().displayName() + ".png")
                : Path.of(System.getProperty("user.home"), editor.document().displayName() + ".png");
        services.dialogs().savePng(window.get(), suggested).ifPresent(path -> {
            try {
                Snapshots.writeDiagram(canvas, path);
                editor.status().info("Exported " + path);
                editor.log("Exported " + path);
            } catch (IOException e) {
                fail("Cannot export PNG", path + ": " + e.getMessage());
            }
        });
    }

    /**
     * File > Export Mermaid / DOT / SVG / PDF: the diagram as a Mermaid flowchart, a Graphviz graph, or drawn as the
     * canvas draws it, in the file the user names (written beside it and moved into place); a diagram with errors is
     * not exported.
     */
    void exportDiagram(dev.zmqstudio.export.ExportKind kind) {
        Topology t = editor.topology();
        if (refusedForErrors()) {
            return;
        }
        // Text is written now (it is quick); a picture is drawn once the user has said where it goes.
        dev.zmqstudio.export.ExportedFile text = kind.drawn() ? null : dev.zmqstudio.export.TopologyExport.of(t, kind).files().getFirst();
        String name = text != null ? text.name() : dev.zmqstudio.ui.picture.DiagramPicture.fileName(t, kind);
        String extension = name.substring(name.lastIndexOf('.'));
        services.dialogs().saveExport(window.get(), exportFolder().resolve(name), extension).ifPresent(path -> {
            editor.status().info("Exporting " + path.getFileName() + "…");
            // Drawn on the FX thread (a large diagram takes as long as opening it), once the status above is shown;
            // written on another thread.
            javafx.application.Platform.runLater(() -> {
                byte[] bytes;
                try {
                    bytes = text != null ? text.bytes() : new dev.zmqstudio.ui.picture.DiagramPicture().draw(t, kind).bytes();
                } catch (IOException e) {
                    fail("Cannot export", reason(e));
                    return;
                }
                Thread.ofVirtual().name("zs-export").start(() -> {
                    try {
                        dev.zmqstudio.export.ExportFolder.writeFile(path, bytes);
                        javafx.application.Platform.runLater(() -> {
                            editor.status().info("Exported " + path);
                            editor.log("Exported " + path);
                        });
                    } catch (IOException e) {
                        javafx.application.Platform.runLater(() -> fail("Cannot export", path + ": " + reason(e)));
                    }
                });
            });
        });
    }

    /** True, after saying so, when the diagram has errors: nothing is exported then. */
    private boolean refusedForErrors() {
        long errors = editor.problems().stream().filter(dev.zmqstudio.model.Problem::isError).count();
        if (errors > 0) {
            fail("Cannot export", "The diagram has " + errors + " error(s): fix them first (see Problems)");
        }
        return errors > 0;
    }

    /** Where an export is first suggested: beside the document, or in the home folder. */
    private Path exportFolder() {
        return editor.document().file() != null ? editor.document().file().getParent() : Path.of(System.getProperty("user.home"));
    }

    /**
     * File > Export pyzmq / JeroMQ Programs…: the diagram as Python or Java programs and run_all.sh in a new or empty folder the user
     * picks; what cannot be exported is said on the console.
     */
    void exportPrograms(dev.zmqstudio.export.ExportKind kind) {
        if (refusedForErrors()) {
            return;
        }
        Path suggested = exportFolder().resolve(editor.document().displayName() + "-" + kind.key());
        services.dialogs().chooseExportFolder(window.get(), suggested).ifPresent(folder -> {
            try {
                java.util.Optional<String> whyNot = dev.zmqstudio.export.ExportFolder.whyNot(folder, false);
                if (whyNot.isPresent()) {
                    fail("Cannot export", whyNot.get());
                    return;
                }
                dev.zmqstudio.export.ExportResult result = dev.zmqstudio.export.TopologyExport.of(editor.topology(), kind);
                dev.zmqstudio.export.ExportFolder.at(folder).write(result.files());
                editor.log("Exported " + result.files().size() + " files to " + folder + " (run them with sh run_all.sh)");
                result.notes().forEach(n -> editor.log("not exported: " + n));
                editor.status().info("Exported " + (kind == dev.zmqstudio.export.ExportKind.PYZMQ ? "pyzmq" : "JeroMQ")
                        + " programs to " + folder
                        + (result.notes().isEmpty() ? "" : " (" + result.notes().size() + " things not exported: see Console)"));
            } catch (IOException e) {
                fail("Cannot export", folder + ": " + reason(e));
            }
        });
    }

    /**
     * File > Export > Docker Compose or Kubernetes: the deployment of the diagram's hosts into a new folder. The app's
     * own files are copied for the image (tens of megabytes), so the export runs off the FX thread and says when done.
     */
    void exportDeployment(dev.zmqstudio.export.ExportKind kind) {
        if (refusedForErrors()) {
            return;
        }
        Topology t = editor.topology();
        Path file = editor.document().file();
        String fileName = file == null ? "topology.json" : file.getFileName().toString();
        Path suggested = exportFolder().resolve(editor.document().displayName() + "-" + kind.key());
        services.dialogs().chooseExportFolder(window.get(), suggested).ifPresent(folder -> {
            String what = kind == dev.zmqstudio.export.ExportKind.COMPOSE ? "Docker Compose" : "Kubernetes";
            editor.status().info("Exporting " + what + " to " + folder + "…");
            Thread.ofVirtual().name("zs-export-deployment").start(() -> {
                try {
                    java.util.Optional<String> whyNot = dev.zmqstudio.export.ExportFolder.whyNot(folder, false);
                    if (whyNot.isPresent()) {
                        Platform.runLater(() -> fail("Cannot export", whyNot.get()));
                        return;
                    }
                    dev.zmqstudio.export.ExportResult result = dev.zmqstudio.export.DeploymentExport.of(t, kind, fileName,
                            dev.zmqstudio.export.AppFiles.ofThisProcess());
                    dev.zmqstudio.export.ExportFolder.at(folder).write(result);
                    Platform.runLater(() -> {
                        editor.log("Exported " + what + " to " + folder + " (its README.md says how to run it)");
                        result.notes().forEach(n -> editor.log("not exported: " + n));
                        editor.status().info("Exported " + what + " to " + folder
                                + (result.notes().isEmpty() ? "" : " (" + result.notes().size() + " notes: see Console)"));
                    });
                } catch (dev.zmqstudio.export.NotDeployableException e) {
                    Platform.runLater(() -> fail("Cannot export", "The diagram cannot be deployed as it is: "
                            + String.join("; ", e.problems())));
                } catch (IOException e) {
                    Platform.runLater(() -> fail("Cannot export", folder + ": " + reason(e)));
                }
            });
        });
    }

    /** True when it is fine to drop the current document (saved, discarded, or nothing to lose). */
    boolean confirmDiscard() {
        if (!editor.document().isDirty()) {
            return true;
        }
        return switch (services.prompts().askSaveChanges(window.get(), editor.document().displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The reason alone: a file system error's message repeats the path already shown. */
    private static String reason(Exception e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return switch (e) {
            case AccessDeniedException denied -> "permission denied";
            case NoSuchFileException missing -> "no such file or folder";
            default -> e.getMessage();
        };
    }

    private void fail(String title, String message) {
        editor.status().error(message);
        editor.log("error: " + message);
        services.prompts().showError(window.get(), title, message);
    }
}
