package dev.zmqstudio.cli;

import dev.zmqstudio.model.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** Headless command line: run, validate, bench, generate, sweep, and the child-process entry node. Errors are one clear line, never a stack trace. */
@Command(name = "zmq-studio", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Cli.Version.class,
        description = "Design and live-simulate ZeroMQ topologies. With no command, or a FILE, the designer opens.",
        footer = {"", "On each host of a deployment, to run the nodes placed on it:",
                "  node FILE --host NAME [--telemetry ENDPOINT] [--keys DIR]",
                "       [--output-dir DIR] [--ready-file FILE]",
                "(ENDPOINT may come from ZMQ_STUDIO_TELEMETRY; run FILE --attach ENDPOINT",
                "shows the hosts live)."},
        subcommands = {RunCommand.class, ValidateCommand.class, BenchCommand.class, GenerateCommand.class,
                SweepCommand.class, InspectCommand.class, ExportCommand.class, KeysCommand.class, CommandLine.HelpCommand.class})
public final class Cli {
    /** First arguments that start a headless command: the subcommands, help and version. */
    public static final Set<String> WORDS = Set.of("run", "validate", "bench", "generate", "sweep", "inspect", "export", "keys", NodeCommand.NAME, "help", "--help", "-h",
            "--version", "-V");

    /** The one line for a first argument that is neither a command nor a file. */
    public static String notACommand(String word) {
        return "error: '" + Printable.escape(word) + "' is not a command or a file; try --help";
    }

    /** Runs the command and returns its exit code. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Same, printing to the given writers (tests). */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, java.util.List.of(), args);
    }

    /** Same, with extra subcommands contributed by the app layer (commands that need the UI). */
    public static int execute(PrintWriter out, PrintWriter err, java.util.List<Object> extraCommands, String... args) {
        return execute(out, err, extraCommands, null, args);
    }

    /**
     * Same, with {@code pictures} drawing {@code export --to svg|pdf} (the designer's drawing, from the app layer);
     * null: those kinds are refused with one line.
     */
    public static int execute(PrintWriter out, PrintWriter err, java.util.List<Object> extraCommands,
                              dev.zmqstudio.export.DiagramPictures pictures, String... args) {
        return execute(out, err, extraCommands, pictures, false, args);
    }

    /**
     * Same; {@code ownsTheJvm}: the app's own process (not a test's or an embedder's), whose JVM a command may tune
     * to what it runs ({@link BookkeepingCompiler}).
     */
    public static int execute(PrintWriter out, PrintWriter err, java.util.List<Object> extraCommands,
                              dev.zmqstudio.export.DiagramPictures pictures, boolean ownsTheJvm, String... args) {
        if (args.length > 0 && args[0].equals(NodeCommand.NAME)) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return StandaloneNodeCommand.isStandalone(rest) ? StandaloneNodeCommand.execute(out, err, System.getenv(), rest)
                    : NodeCommand.execute(err, System.in, rest);
        }
        CommandLine cli = new CommandLine(new Cli());
        extraCommands.forEach(cli::addSubcommand);
        ((ExportCommand) cli.getSubcommands().get("export").getCommand()).pictures = pictures;
        ((RunCommand) cli.getSubcommands().get("run").getCommand()).ownsTheJvm = ownsTheJvm;
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> ExitCodes.BAD_INPUT);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCodes.BAD_INPUT;
        });
        return cli.execute(args);
    }

    /** Version from the jar's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ZMQ Studio " + version(), "JeroMQ 0.6.0, Java " + Runtime.version()};
        }
    }

    public static String version() {
        return dev.zmqstudio.io.AppVersion.current();
    }
}
