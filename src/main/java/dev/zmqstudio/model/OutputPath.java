package dev.zmqstudio.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one rule for every path a topology file names to write to (a sink's {@code record} today): names joined
 * by {@code /}, relative to the run's output folder, never leaving it. A file from someone else must not be able
 * to name {@code ~/.bashrc}, {@code ../.bashrc} or {@code /etc/...}; the runtime applies this rule again and also
 * refuses links (see the engine's output folder), since only the file system knows about those.
 *
 * <p>Refused: an empty path; an absolute one ({@code /x}, {@code C:/x}); one starting with {@code ~}; a
 * {@code .} or {@code ..} name; an empty name ({@code a//b}, a trailing {@code /}); control characters
 * (NUL included); a backslash or another character Windows cannot have in a name ({@code : * ? " < > |});
 * more than {@link #MAX_LENGTH} characters, {@link #MAX_DEPTH} names, or a name longer than
 * {@link #MAX_NAME_BYTES} bytes.
 */
public final class OutputPath {
    public static final int MAX_LENGTH = 1024;
    public static final int MAX_NAME_BYTES = 255;
    public static final int MAX_DEPTH = 16;

    private static final String NOT_PORTABLE = ":*?\"<>|";
    private static final int SHOWN = 60;

    /** Why a path is refused, and what to write instead. */
    public record Refusal(String reason, String fix) {
    }

    private final List<String> names;

    private OutputPath(List<String> names) {
        this.names = names;
    }

    /** The checked path, or the refusal as an {@link IllegalArgumentException} (message: the reason). */
    public static OutputPath of(String text) {
        Optional<Refusal> refusal = check(text);
        if (refusal.isPresent()) {
            throw new IllegalArgumentException(refusal.get().reason());
        }
        return new OutputPath(List.of(text.split("/")));
    }

    /** The folder names to walk down, then the file name last. */
    public List<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return String.join("/", names);
    }

    /** Empty when {@code text} is an acceptable output path. */
    public static Optional<Refusal> check(String text) {
        if (text == null || text.isEmpty()) {
            return refuse("it is empty", "name a file, e.g. \"out.csv\"");
        }
        if (text.length() > MAX_LENGTH) {
            return refuse("it is " + text.length() + " characters long, more than " + MAX_LENGTH,
                    "use a shorter path inside the output folder");
        }
        int control = text.codePoints().filter(Character::isISOControl).findFirst().orElse(-1);
        if (control >= 0) {
            return refuse(String.format("it contains the control character U+%04X", control),
                    "remove it; a path is printable text");
        }
        if (text.indexOf('\\') >= 0) {
            return refuse("it contains a backslash", "separate folders with '/', e.g. \"runs/out.csv\"");
        }
        if (text.startsWith("/") || text.length() >= 2 && text.charAt(1) == ':' && Character.isLetter(text.charAt(0))) {
            return refuse("it is absolute; a file may only write inside the output folder",
                    "write a path relative to the output folder, e.g. \"" + lastName(text) + "\"");
        }
        if (text.startsWith("~")) {
            return refuse("it starts with '~', which is not your home folder here but would look like it",
                    "write a path relative to the output folder, e.g. \"" + lastName(text) + "\"");
        }
        int bad = text.chars().filter(c -> NOT_PORTABLE.indexOf(c) >= 0).findFirst().orElse(-1);
        if (bad >= 0) {
            return refuse("it contains '" + (char) bad + "', which Windows does not allow in a file name",
                    "use letters, digits, '-', '_' and '.'");
        }
        return checkNames(text);
    }

    private static Optional<Refusal> checkNames(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > MAX_DEPTH) {
            return refuse("it has " + parts.length + " names, more than " + MAX_DEPTH,
                    "use fewer folders inside the output folder");
        }
        for (int i = 0; i < parts.length; i++) {
            String name = parts[i];
            boolean last = i == parts.length - 1;
            if (name.isEmpty()) {
                return last ? refuse("it ends with '/', so it names a folder, not a file", "add a file name, e.g. \"" + text + "out.csv\"")
                        : refuse("it has an empty name between two '/'", "write each folder name once, e.g. \"runs/out.csv\"");
            }
            if (name.equals("..")) {
                return refuse("it goes up with '..'; a file may only write inside the output folder",
                        "write a path relative to the output folder without '..', e.g. \"" + lastName(text) + "\"");
            }
            if (name.equals(".")) {
                return refuse(last ? "it names the output folder itself, not a file" : "it has a '.' name",
                        "write the folder and file names only, e.g. \"runs/out.csv\"");
            }
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return refuse("the name \"" + printable(name) + "\" is longer than " + MAX_NAME_BYTES + " bytes",
                        "use a shorter name");
            }
        }
        return Optional.empty();
    }

    /** A path's file name as a suggestion, when it is a plain one. */
    private static String lastName(String text) {
        String last = Arrays.stream(text.split("[/\\\\]")).reduce((a, b) -> b).orElse("");
        return last.isEmpty() || last.equals("..") || last.equals(".") || last.startsWith("~") ? "out.csv" : printable(last);
    }

    /**
     * The path as it can be shown in a message: control characters escaped (a file must not be able to drive the
     * user's terminal through an error message) and long paths shortened.
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > SHOWN ? shown + "…" : shown.toString();
    }

    private static Optional<Refusal> refuse(String reason, String fix) {
        return Optional.of(new Refusal(reason, fix));
    }
}
