package dev.zmqstudio.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/** The last few opened or saved files, newest first; persisted in user preferences when a node is given. */
public final class RecentFiles {

    private static final int MAX = 8;

    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final Preferences prefs;

    /** {@code prefs} may be null: the list then lives in memory only (tests). */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        if (prefs != null) {
            for (int i = 0; i < MAX; i++) {
                String p = prefs.get("recent." + i, null);
                if (p != null) {
                    files.add(Path.of(p));
                }
            }
        }
    }

    public static RecentFiles inUserPreferences() {
        return new RecentFiles(Preferences.userRoot().node("dev/zmqstudio/ui"));
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.addFirst(abs);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        store();
    }

    public ObservableList<Path> files() {
        return files;
    }

    private void store() {
        if (prefs == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
