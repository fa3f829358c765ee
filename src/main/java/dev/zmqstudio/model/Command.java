package dev.zmqstudio.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A program a node stands for, launched as a child process when the run starts (e.g. {@code python3 worker.py});
 * it runs in the topology file's folder and owns the node's socket, so the node's placement is external.
 * {@code argv} is the program and its arguments; {@code oneLine} remembers that the file wrote it as one string
 * (split at spaces, no shell), so a saved file keeps the form the user chose.
 */
public record Command(List<String> argv, boolean oneLine) {

    public Command {
        argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
    }

    /** The one-string form: split at runs of spaces; no quoting, no shell (use the list form for spaces). */
    public static Command ofLine(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return new Command(words, true);
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), false);
    }

    public boolean isEmpty() {
        return argv.isEmpty() || argv.getFirst().isBlank();
    }

    /** As a user would type it: arguments with spaces in double quotes. */
    public String display() {
        return String.join(" ", argv.stream().map(a -> a.isEmpty() || a.contains(" ") ? "\"" + a + "\"" : a).toList());
    }
}
