package dev.zmqstudio.cli;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes a recording out in another format: CSV files (messages, events, wires). */
@Command(name = "export", description = "Export a recording (made with run --record) as CSV files.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RECORDING", description = "A recording (.zsrec).")
    Path file;

    @Option(names = "--to", paramLabel = "KIND", required = true, description = "csv: messages.csv, events.csv, wires.csv.")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "The folder to write into (made when missing).")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!kind.equals("csv")) {
            err.println("error: --to " + kind + ": a recording exports as csv");
            return ExitCodes.BAD_INPUT;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            err.println("error: -o " + output + ": the folder " + parent + " does not exist");
            return ExitCodes.BAD_INPUT;
        }
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
