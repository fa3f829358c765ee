package dev.zmqstudio.app;

import dev.zmqstudio.cli.Cli;
import dev.zmqstudio.ui.DesignerLauncher;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * The one entry point. No argument or a FILE opens the designer; a subcommand (run, validate, bench, node)
 * or --help/--version goes to the headless CLI.
 */
public final class Main {

    private static final Set<String> CLI_WORDS = Set.of("run", "validate", "bench", "node",
            "bench-ui", "--help", "-h", "--version", "-V", "help");

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && CLI_WORDS.contains(args[0])) {
            int code = Cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                    List.of(new UiBenchCommand()), args);
            System.exit(code);
        }
        DesignerLauncher.launch(args);
    }
}
