package dev.zmqstudio.app;

import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.cli.ExitCodes;
import dev.zmqstudio.ui.DesignerLauncher;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point. No argument or a FILE opens the designer; a subcommand (run, validate, bench, node)
 * or --help/--version goes to the headless CLI. Anything else, or a window without a display, is refused with
 * one line and exit 2 before JavaFX starts. A window opens with JavaFX as named modules ({@link JavaFxModules}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Launch launch = Launch.decide(List.of(args), Main::isFile, DesignerLauncher::usageError,
                Launch.hasDisplay(System.getProperty("os.name"), System.getenv(), System.getProperty("glass.platform")));
        switch (launch) {
            case Launch.Refused(String message) -> {
                System.err.println(message);
                System.exit(ExitCodes.BAD_INPUT);
            }
            case Launch.Designer(), Launch.UiBench(), Launch.Pictures() when !JavaFxModules.named(Main.class.getClassLoader()) ->
                    JavaFxModules.rerun(Main.class, args);
            case Launch.Headless(), Launch.UiBench() -> System.exit(cli(args, null));
            case Launch.Pictures() -> {
                int code = cli(args, new dev.zmqstudio.ui.picture.DiagramPicture());
                javafx.application.Platform.exit();
                System.exit(code);
            }
            case Launch.Designer() -> DesignerLauncher.launch(args);
        }
    }

    /** {@code pictures}: draws export's svg and pdf; only where JavaFX is loaded (null elsewhere). */
    private static int cli(String[] args, dev.zmqstudio.export.DiagramPictures pictures) {
        return Cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                List.of(new UiBenchCommand()), pictures, true, args);
    }

    private static boolean isFile(String arg) {
        try {
            return Files.isRegularFile(Path.of(arg));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
