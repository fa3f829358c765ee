package dev.zmqstudio.cli;

import dev.zmqstudio.export.AppFiles;
import dev.zmqstudio.export.DeploymentExport;
import dev.zmqstudio.export.ExportFolder;
import dev.zmqstudio.export.ExportKind;
import dev.zmqstudio.export.ExportResult;
import dev.zmqstudio.export.NotDeployableException;
import dev.zmqstudio.export.TopologyExport;
import dev.zmqstudio.io.LocatedTopology;
import dev.zmqstudio.model.Problem;
import dev.zmqstudio.record.CsvExport;
import dev.zmqstudio.record.Recording;
import dev.zmqstudio.record.RecordingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Writes a topology out as a diagram ({@code --to mermaid|dot|svg|pdf}), as programs ({@code pyzmq|java}), as a
 * deployment ({@code compose|kubernetes}), or a recording as CSV files ({@code --to csv}), into one folder and nowhere
 * else.
 */
@Command(name = "export", description = "Export a topology as a diagram (mermaid, dot, svg, pdf), as programs (pyzmq,"
        + " java) or as a deployment (compose, kubernetes), or a recording (run --record) as CSV.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "A topology (.json), or a recording (.zsrec) for --to csv.")
    Path file;

    @Option(names = "--to", paramLabel = "KIND", required = true,
            description = "mermaid, dot, svg, pdf, pyzmq, java, compose or kubernetes for a topology; csv for a recording"
                    + " (messages.csv, events.csv, wires.csv).")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The folder to write into: made when missing; refused when it holds anything, unless --force.")
    Path output;

    @Option(names = "--force", description = "Write into a folder that is not empty (files of the same name are replaced).")
    boolean force;

    @Spec
    CommandSpec spec;

    /** Draws svg and pdf (the designer's drawing, handed in by the app); null: they are refused. */
    dev.zmqstudio.export.DiagramPictures pictures;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean csv = kind.equals("csv");
        Optional<ExportKind> diagram = ExportKind.byKey(kind);
        if (!csv && diagram.isEmpty()) {
            err.println("error: --to " + kind + ": export writes " + ExportKind.keys() + " (a topology) or csv (a recording)");
            return ExitCodes.BAD_INPUT;
        }
        if (diagram.isPresent() && diagram.get().drawn() && pictures == null) {
            err.println("error: --to " + kind + " is drawn by the designer, which this entry point does not include;"
                    + " run it as zmq-studio export (the app)");
            return ExitCodes.BAD_INPUT;
        }
        Optional<String> whyNot = ExportFolder.whyNot(output, force);
        if (whyNot.isPresent()) {
            err.println("error: -o " + output + ": " + whyNot.get());
            return ExitCodes.BAD_INPUT;
        }
        return csv ? recordingAsCsv(out, err) : topology(diagram.get(), out, err);
    }

    private int topology(ExportKind to, PrintWriter out, PrintWriter err) throws IOException {
        LocatedTopology located = TopologyInput.load(file, err);
        if (located == null) {
            return ExitCodes.BAD_INPUT;
        }
        List<Problem> problems = TopologyInput.validate(located.topology());
        if (TopologyInput.report(located, problems, err)) {
            err.println("error: " + file + " has errors: fix them before exporting (see above)");
            err.flush();
            return ExitCodes.VALIDATION_ERRORS;
        }
        ExportResult result;
        if (to.deployment()) {
            try {
                result = DeploymentExport.of(located.topology(), to, file.getFileName().toString(), AppFiles.ofThisProcess());
            } catch (NotDeployableException e) {
                e.problems().forEach(p -> err.println("error: " + p));
                err.println("error: " + file + " cannot be deployed as it is: fix the above and export again");
                err.flush();
                return ExitCodes.VALIDATION_ERRORS;
            }
        } else {
            result = to.drawn() ? new ExportResult(List.of(pictures.draw(located.topology(), to)), List.of())
                    : TopologyExport.of(located.topology(), to);
        }
        List<Path> written = ExportFolder.at(output).write(result);
        written.forEach(p -> out.println("Wrote " + p));
        result.notes().forEach(n -> out.println("not exported: " + n));
        out.flush();
        return ExitCodes.OK;
    }

    private int recordingAsCsv(PrintWriter out, PrintWriter err) {
        try (Recording recording = Recording.open(file)) {
            long n = CsvExport.write(recording, output);
            out.println("Wrote " + n + " messages to " + output.resolve("messages.csv") + ", with events.csv and wires.csv");
            out.flush();
            return ExitCodes.OK;
        } catch (RecordingException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: -o " + output + ": cannot write there: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
