package dev.zmqstudio.ui;

import dev.zmqstudio.ui.theme.ThemeChoice;
import dev.zmqstudio.ui.theme.ThemeSetting;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

import java.nio.file.Path;
import java.util.List;

/** The menu bar: File, Edit, View, Run, Help. Every command comes from a {@link UiAction} of the {@link ActionSet}. */
final class MainMenu {

    private MainMenu() {
    }

    static MenuBar build(ActionSet a, DesignerServices services, FileActions files, HelpWindows helpWindows) {
        Menu file = new Menu("File");
        file.setId("menu-file");
        Menu examples = new Menu("Open Example");
        examples.setId("menu-open-example");
        for (Path example : ExampleFolder.examples(services.examples())) {
            MenuItem item = new MenuItem(example.getFileName().toString().replace(".json", ""));
            item.setOnAction(e -> files.openAsking(example));
            examples.getItems().add(item);
        }
        if (examples.getItems().isEmpty()) {
            MenuItem none = new MenuItem("No examples found");
            none.setDisable(true);
            examples.getItems().add(none);
        }
        Menu recent = new Menu("Open Recent");
        recent.setId("menu-open-recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : services.recent().files()) {
                MenuItem item = new MenuItem(p.getFileName() + "   " + p.getParent());
                item.setOnAction(e -> files.openAsking(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        services.recent().files().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        file.getItems().addAll(a.newDoc.menuItem(), a.newGenerated.menuItem(), a.open.menuItem(), examples, recent,
                a.openRecording.menuItem(), a.attach.menuItem(), new SeparatorMenuItem(),
                a.save.menuItem(), a.saveAs.menuItem(), exportMenu(a), new SeparatorMenuItem(),
                a.quit.menuItem());

        Menu edit = new Menu("Edit");
        edit.setId("menu-edit");
        edit.getItems().addAll(a.undo.menuItem(), a.redo.menuItem(), new SeparatorMenuItem(), a.cut.menuItem(),
                a.copy.menuItem(), a.paste.menuItem(), a.duplicate.menuItem(), a.delete.menuItem(),
                new SeparatorMenuItem(), a.selectAll.menuItem(), new SeparatorMenuItem(), a.swap.menuItem(),
                a.feedInto.menuItem());

        Menu view = new Menu("View");
        view.setId("menu-view");
        CheckMenuItem grid = new CheckMenuItem("Grid");
        grid.setId("menu-grid");
        grid.selectedProperty().bindBidirectional(a.editor().gridProperty());
        CheckMenuItem snap = new CheckMenuItem("Snap to Grid");
        snap.setId("menu-snap");
        snap.selectedProperty().bindBidirectional(a.editor().snapProperty());
        view.getItems().addAll(a.zoomIn.menuItem(), a.zoomOut.menuItem(), a.fit.menuItem(), a.actualSize.menuItem(),
                new SeparatorMenuItem(), grid, snap, new SeparatorMenuItem(), theme(services.theme()));

        Menu run = new Menu("Run");
        run.setId("menu-run");
        CheckMenuItem record = new CheckMenuItem("Record Runs");
        record.setId("menu-record");
        record.selectedProperty().bindBidirectional(a.runs().recordRuns());
        run.getItems().addAll(a.run.menuItem(), a.pause.menuItem(), a.step.menuItem(), a.stop.menuItem(),
                new SeparatorMenuItem(), record);
        run.getItems().addAll(a.runs().recordingChoices());
        run.getItems().addAll(new SeparatorMenuItem(), a.experiments.menuItem());

        MenuBar bar = new MenuBar(file, edit, view, run, help(a, helpWindows));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** View > Theme: Light, Dark, Follow System; the checked item follows the setting, however it changes. */
    private static Menu theme(ThemeSetting setting) {
        Menu menu = new Menu("Theme");
        menu.setId("menu-theme");
        ToggleGroup group = new ToggleGroup();
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setId("menu-theme-" + choice.key());
            item.setToggleGroup(group);
            item.setSelected(setting.choice() == choice);
            item.setOnAction(e -> {
                setting.choose(choice);
                item.setSelected(true);
            });
            setting.choiceProperty().addListener((obs, was, now) -> item.setSelected(now == choice));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu help(ActionSet a, HelpWindows windows) {
        Menu help = new Menu("Help");
        help.setId("menu-help");
        MenuItem shortcuts = new MenuItem("Keyboard Shortcuts");
        shortcuts.setId("menu-help-shortcuts");
        shortcuts.setAccelerator(javafx.scene.input.KeyCombination.valueOf("F1"));
        shortcuts.setOnAction(e -> windows.showShortcuts(a.all()));
        MenuItem format = new MenuItem("Topology File Format");
        format.setId("menu-help-format");
        format.setOnAction(e -> windows.showFileFormat());
        MenuItem about = new MenuItem("About ZMQ Studio");
        about.setId("menu-help-about");
        about.setOnAction(e -> windows.showAbout());
        help.getItems().addAll(shortcuts, format, new SeparatorMenuItem(), about);
        return help;
    }

    /** File > Export: pictures, diagrams as text, programs (the items without the menu's own word). */
    private static Menu exportMenu(ActionSet a) {
        Menu export = new Menu("Export");
        export.setId("menu-export");
        for (List<UiAction> group : List.of(List.of(a.exportPng, a.exportSvg, a.exportPdf), List.of(a.exportMermaid, a.exportDot),
                List.of(a.exportPyzmq, a.exportJava), List.of(a.exportCompose, a.exportKubernetes))) {
            if (!export.getItems().isEmpty()) {
                export.getItems().add(new SeparatorMenuItem());
            }
            for (UiAction action : group) {
                MenuItem item = action.menuItem();
                item.setText(action.text().replaceFirst("^Export ", ""));
                export.getItems().add(item);
            }
        }
        return export;
    }
}
