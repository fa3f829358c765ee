package dev.zmqstudio.ui;

import dev.zmqstudio.ui.canvas.DiagramCanvas;
import dev.zmqstudio.ui.edit.Editor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every command of the main window, once. Editing shortcuts that also mean something in a text field
 * (Delete, Ctrl+C/V/X/A/Z, F, +/-) do nothing to the diagram while the user is typing in one.
 */
final class ActionSet {

    private final Editor editor;
    private final Supplier<Scene> scene;
    private final RunActions runs;

    final UiAction newDoc;
    final UiAction newGenerated;
    final UiAction open;
    final UiAction save;
    final UiAction saveAs;
    final UiAction exportPng;
    final UiAction quit;
    final UiAction undo;
    final UiAction redo;
    final UiAction cut;
    final UiAction copy;
    final UiAction paste;
    final UiAction duplicate;
    final UiAction delete;
    final UiAction selectAll;
    final UiAction swap;
    final UiAction feedInto;
    final UiAction zoomIn;
    final UiAction zoomOut;
    final UiAction fit;
    final UiAction actualSize;
    final UiAction run;
    final UiAction pause;
    final UiAction step;
    final UiAction stop;
    final UiAction experiments;
    final UiAction openRecording;
    final UiAction attach;
    final UiAction exportMermaid;
    final UiAction exportDot;
    final UiAction exportSvg;
    final UiAction exportPdf;
    final UiAction exportPyzmq;
    final UiAction exportJava;
    final UiAction exportCompose;
    final UiAction exportKubernetes;

    ActionSet(Editor editor, DiagramCanvas canvas, FileActions files, EditActions edits, RunActions runs,
              Runnable quitHandler, Supplier<Scene> scene) {
        this.editor = editor;
        this.scene = scene;
        this.runs = runs;
        var history = editor.document().history();
        newDoc = UiAction.of("new", "New", "Shortcut+N", files::newDocument).icon(Icons.NEW);
        newGenerated = UiAction.of("new-generated", "New from Generator…", null, files::newFromGenerator);
        open = UiAction.of("open", "Open…", "Shortcut+O", files::open).icon(Icons.OPEN);
        save = UiAction.of("save", "Save", "Shortcut+S", files::save).icon(Icons.SAVE);
        saveAs = UiAction.of("save-as", "Save As…", "Shortcut+Shift+S", files::saveAs);
        exportPng = UiAction.of("export-png", "Export PNG…", "Shortcut+E", files::exportPng);
        quit = UiAction.of("quit", "Quit", "Shortcut+Q", quitHandler);
        undo = UiAction.of("undo", "Undo", "Shortcut+Z", unlessTyping(editor::undo)).icon(Icons.UNDO)
                .disabledWhen(history.canUndoProperty().not());
        redo = UiAction.of("redo", "Redo", "Shortcut+Shift+Z", unlessTyping(editor::redo)).icon(Icons.REDO)
                .disabledWhen(history.canRedoProperty().not());
        cut = UiAction.of("cut", "Cut", "Shortcut+X", unlessTyping(edits::cut));
        copy = UiAction.of("copy", "Copy", "Shortcut+C", unlessTyping(edits::copy));
        paste = UiAction.of("paste", "Paste", "Shortcut+V", unlessTyping(edits::paste));
        duplicate = UiAction.of("duplicate", "Duplicate", "Shortcut+D", unlessTyping(edits::duplicate));
        delete = UiAction.of("delete", "Delete", "Delete", unlessTyping(edits::delete)).icon(Icons.DELETE);
        selectAll = UiAction.of("select-all", "Select All", "Shortcut+A", unlessTyping(edits::selectAll));
        swap = UiAction.of("swap", "Swap Bind/Connect", null, edits::swapBindConnect);
        feedInto = UiAction.of("feed-into", "Feed Into…", null, edits::feedInto);
        zoomIn = UiAction.of("zoom-in", "Zoom In", "Shortcut+Equals", canvas::zoomIn).icon(Icons.ZOOM_IN);
        zoomOut = UiAction.of("zoom-out", "Zoom Out", "Shortcut+Minus", canvas::zoomOut).icon(Icons.ZOOM_OUT);
        fit = UiAction.of("fit", "Fit to Window", "F", unlessTyping(canvas::fit)).icon(Icons.FIT);
        actualSize = UiAction.of("actual-size", "Actual Size (100%)", "Shortcut+0", canvas::resetZoom);
        BooleanBinding stopped = Bindings.not(runs.running());
        run = UiAction.of("run", "Run", "F5", runs::run).icon(Icons.RUN)
                .disabledWhen(Bindings.and(runs.running(), Bindings.not(runs.paused())));
        pause = UiAction.of("pause", "Pause", "F6", runs::pause).icon(Icons.PAUSE).disabledWhen(stopped);
        step = UiAction.of("step", "Step", "F7", runs::step).icon(Icons.STEP).disabledWhen(stopped);
        stop = UiAction.of("stop", "Stop", "Shift+F5", runs::stop).icon(Icons.STOP).disabledWhen(stopped);
        experiments = UiAction.of("experiments", "Experiments…", null, files::experiments);
        exportMermaid = UiAction.of("export-mermaid", "Export Mermaid…", null,
                () -> files.exportDiagram(dev.zmqstudio.export.ExportKind.MERMAID));
        exportDot = UiAction.of("export-dot", "Export Graphviz DOT…", null, () -> files.exportDiagram(dev.zmqstudio.export.ExportKind.DOT));
        exportSvg = UiAction.of("export-svg", "Export SVG…", null, () -> files.exportDiagram(dev.zmqstudio.export.ExportKind.SVG));
        exportPdf = UiAction.of("export-pdf", "Export PDF…", null, () -> files.exportDiagram(dev.zmqstudio.export.ExportKind.PDF));
        exportPyzmq = UiAction.of("export-pyzmq", "Export pyzmq Programs…", null,
                () -> files.exportPrograms(dev.zmqstudio.export.ExportKind.PYZMQ));
        exportJava = UiAction.of("export-java", "Export JeroMQ Programs…", null,
                () -> files.exportPrograms(dev.zmqstudio.export.ExportKind.JAVA));
        attach = UiAction.of("attach", "Attach to Deployment…", null, runs::attach).disabledWhen(runs.running());
        exportCompose = UiAction.of("export-compose", "Export Docker Compose…", null,
                () -> files.exportDeployment(dev.zmqstudio.export.ExportKind.COMPOSE));
        exportKubernetes = UiAction.of("export-kubernetes", "Export Kubernetes…", null,
                () -> files.exportDeployment(dev.zmqstudio.export.ExportKind.KUBERNETES));
        openRecording = UiAction.of("open-recording", "Open Recording…", null,
                () -> files.chooseRecording().ifPresent(file -> runs.openRecording(file, false)));
    }

    Editor editor() {
        return editor;
    }

    RunActions runs() {
        return runs;
    }

    /** Every action, in menu order (the Help window lists their shortcuts). */
    List<UiAction> all() {
        return List.of(newDoc, newGenerated, open, openRecording, attach, save, saveAs, exportPng, exportMermaid, exportDot, exportSvg, exportPdf, exportPyzmq, exportJava, exportCompose, exportKubernetes, quit, undo, redo, cut, copy, paste, duplicate, delete,
                selectAll, swap, feedInto, zoomIn, zoomOut, fit, actualSize, run, pause, step, stop, experiments);
    }

    private Runnable unlessTyping(Runnable action) {
        return () -> {
            Scene s = scene.get();
            if (s == null || !(s.getFocusOwner() instanceof TextInputControl)) {
                action.run();
            }
        };
    }
}
