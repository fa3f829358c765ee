package dev.zmqstudio.ui;

import dev.zmqstudio.ui.theme.ThemeChoice;

import java.nio.file.Path;
import java.util.List;

/**
 * The designer's command line: {@code [FILE] [--run] [--screenshot out.png] [--theme light|dark|system]
 * [--select ID] [--tab console|problems|faults|live|messages]}. The theme is for this launch only (null: the remembered one);
 * {@code select} and {@code tab} stage the window for a screenshot (null: as it opens).
 */
record LaunchOptions(Path file, boolean run, Path screenshot, ThemeChoice theme, String select, BottomTab tab) {

    static final String USAGE = "FILE [--run] [--screenshot out.png] [--theme light|dark|system] [--select ID]"
            + " [--tab console|problems|faults|live|messages]";

    /** The tabs under the diagram a launch may open on. */
    enum BottomTab {
        CONSOLE, PROBLEMS, FAULTS, LIVE, MESSAGES;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The same options for a replay: --run played it already, so the screenshot does not press Run. */
    LaunchOptions replaying() {
        return new LaunchOptions(file, false, screenshot, theme, select, tab);
    }

    LaunchOptions(Path file, boolean run, Path screenshot) {
        this(file, run, screenshot, null, null, null);
    }

    LaunchOptions(Path file, boolean run, Path screenshot, ThemeChoice theme) {
        this(file, run, screenshot, theme, null, null);
    }

    static LaunchOptions parse(List<String> args) {
        Path file = null;
        boolean run = false;
        Path screenshot = null;
        ThemeChoice theme = null;
        String select = null;
        BottomTab tab = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--run" -> run = true;
                case "--screenshot" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--screenshot needs a file name, like --screenshot out.png");
                    }
                    screenshot = Path.of(args.get(++i));
                }
                case "--theme" -> {
                    String value = i + 1 < args.size() ? args.get(++i) : "";
                    theme = ThemeChoice.byKey(value).orElseThrow(() -> new IllegalArgumentException(
                            "--theme needs light, dark or system" + (value.isEmpty() ? "" : ", not " + value)));
                }
                case "--select" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new IllegalArgumentException("--select needs the id of a node, wire or link");
                    }
                    select = args.get(++i);
                }
                case "--tab" -> {
                    String value = i + 1 < args.size() ? args.get(++i) : "";
                    tab = java.util.Arrays.stream(BottomTab.values()).filter(t -> t.key().equals(value)).findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("--tab needs console, problems, faults, live or messages"
                                    + (value.isEmpty() ? "" : ", not " + value)));
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a + "; the designer takes " + USAGE);
                    }
                    if (file != null) {
                        throw new IllegalArgumentException("only one FILE may be given, not " + file + " and " + a);
                    }
                    file = Path.of(a);
                }
            }
        }
        if (tab == BottomTab.MESSAGES && (file == null || !FileActions.isRecording(file))) {
            // Only a replay has that tab; a staged picture without it would silently show the console instead.
            throw new IllegalArgumentException("--tab messages shows the messages of a recording: give a recording"
                    + " (a .zsrec file) instead of " + (file == null ? "no file" : file));
        }
        return new LaunchOptions(file, run, screenshot, theme, select, tab);
    }
}
