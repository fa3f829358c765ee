package dev.zmqstudio.ui;

import dev.zmqstudio.ui.theme.ThemeChoice;

import java.nio.file.Path;
import java.util.List;

/**
 * The designer's command line: {@code [FILE] [--run] [--screenshot out.png] [--theme light|dark|system]}. The theme
 * is for this launch only (null: the remembered one).
 */
record LaunchOptions(Path file, boolean run, Path screenshot, ThemeChoice theme) {

    static final String USAGE = "FILE [--run] [--screenshot out.png] [--theme light|dark|system]";

    LaunchOptions(Path file, boolean run, Path screenshot) {
        this(file, run, screenshot, null);
    }

    static LaunchOptions parse(List<String> args) {
        Path file = null;
        boolean run = false;
        Path screenshot = null;
        ThemeChoice theme = null;
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
        return new LaunchOptions(file, run, screenshot, theme);
    }
}
