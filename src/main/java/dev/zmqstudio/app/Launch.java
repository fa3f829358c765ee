package dev.zmqstudio.app;

import dev.zmqstudio.cli.Cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the command line asks for, decided before anything starts: a headless command, the designer, or a refusal
 * with one line to print (exit 2). A mistyped command never opens the designer, and the designer is never tried
 * without a display (JavaFX would fail with a stack trace).
 */
sealed interface Launch {

    /** A headless command: run, validate, bench, node, help, version. */
    record Headless() implements Launch {
    }

    /** The designer: no argument, FILE, FILE --run, FILE --screenshot out.png, --theme dark. */
    record Designer() implements Launch {
    }

    /** bench-ui: a headless-style command that opens a window. */
    record UiBench() implements Launch {
    }

    /** {@code export FILE --to svg|pdf}: a headless command that draws with JavaFX (no display needed). */
    record Pictures() implements Launch {
    }

    /** Nothing starts: print {@code message} (starting with "error: ") and exit 2. */
    record Refused(String message) implements Launch {
    }

    String WINDOW_COMMAND = "bench-ui";
    List<String> DESIGNER_OPTIONS = List.of("--run", "--screenshot", "--theme");

    /**
     * @param isFile        whether an argument names an existing regular file
     * @param designerUsage why the designer cannot take these arguments, or empty (checked before the display)
     * @param display       whether a window can be opened here
     */
    static Launch decide(List<String> args, Predicate<String> isFile, Function<List<String>, Optional<String>> designerUsage,
                         boolean display) {
        String first = args.isEmpty() ? null : args.getFirst();
        if ("export".equals(first) && drawsPicture(args)) {
            return new Pictures();
        }
        if (first != null && Cli.WORDS.contains(first)) {
            return new Headless();
        }
        boolean designer = !WINDOW_COMMAND.equals(first);
        if (designer && first != null && !DESIGNER_OPTIONS.contains(first) && !isFile.test(first)) {
            return new Refused(Cli.notACommand(first));
        }
        if (designer) {
            Optional<String> usage = designerUsage.apply(args);
            if (usage.isPresent()) {
                return new Refused("error: " + usage.get());
            }
        }
        if (!display) {
            return new Refused("error: " + (designer ? "the designer" : WINDOW_COMMAND)
                    + " needs a display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set); "
                    + "headless, use 'run FILE' or 'validate FILE', or start it under xvfb-run");
        }
        return designer ? new Designer() : new UiBench();
    }

    /** Whether the export's {@code --to} (or {@code --to=}) names a kind the designer draws (svg, pdf). */
    private static boolean drawsPicture(List<String> args) {
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            String kind = a.startsWith("--to=") ? a.substring(5) : a.equals("--to") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (kind != null && dev.zmqstudio.export.ExportKind.byKey(kind).filter(dev.zmqstudio.export.ExportKind::drawn).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a window can open: on Linux and other Unix systems only with an X or Wayland display, or with a
     * JavaFX platform that needs none ({@code -Dglass.platform=Headless} or Monocle, as the UI tests use);
     * Windows and macOS always have one.
     */
    static boolean hasDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return true;
        }
        if (glassPlatform != null && !glassPlatform.isBlank()) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }
}
