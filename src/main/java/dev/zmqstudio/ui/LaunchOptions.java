package dev.zmqstudio.ui;

import java.nio.file.Path;
import java.util.List;

/** The designer's command line: {@code [FILE] [--run] [--screenshot out.png]}. */
record LaunchOptions(Path file, boolean run, Path screenshot) {

    static LaunchOptions parse(List<String> args) {
        Path file = null;
        boolean run = false;
        Path screenshot = null;
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
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a + "; the designer takes FILE [--run] [--screenshot out.png]");
                    }
                    if (file != null) {
                        throw new IllegalArgumentException("only one FILE may be given, not " + file + " and " + a);
                    }
                    file = Path.of(a);
                }
            }
        }
        return new LaunchOptions(file, run, screenshot);
    }
}
