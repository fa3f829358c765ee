package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for node, wire and link ids: 1 to {@value #MAX_LENGTH} characters, each an ASCII letter, a digit,
 * {@code .}, {@code _} or {@code -}. Ids travel where text is parsed or shown: command lines of child processes,
 * report keys, log prefixes, the designer's view ids; so no separators, spaces, control or bidirectional characters.
 */
public final class Ids {
    public static final int MAX_LENGTH = 64;
    /** The rule as a regular expression; the JSON schema carries the same pattern. */
    public static final String PATTERN = "[A-Za-z0-9._-]{1," + MAX_LENGTH + "}";
    /** The rule in words, for messages and documentation. */
    public static final String RULE = "1 to " + MAX_LENGTH + " characters: letters, digits, '.', '_' or '-'";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** Why {@code id} breaks the rule, as the end of a sentence ("is empty", "has a space at 3"), or empty when it does not. */
    public static Optional<String> whyInvalid(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.of("is empty");
        }
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            return Optional.of("is " + length + " characters long (at most " + MAX_LENGTH + ")");
        }
        for (int i = 0, at = 1; i < id.length(); at++) {
            int c = id.codePointAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-'))) {
                return Optional.of("has " + describe(c) + " at character " + at);
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /**
     * An id made of {@code wanted} with every character the rule refuses replaced by '-', cut to the longest
     * length; "node" when nothing is left. Used in fixes: a suggestion the user can copy.
     */
    public static String suggest(String wanted) {
        StringBuilder sb = new StringBuilder();
        if (wanted != null) {
            wanted.codePoints().forEach(c -> sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')
                    ? (char) c : '-'));
        }
        String s = sb.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        s = s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH) : s;
        return s.isEmpty() ? "node" : s;
    }

    private static String describe(int c) {
        return switch (c) {
            case ' ' -> "a space";
            case ',' -> "a comma";
            case 0 -> "a NUL character";
            default -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    ? "the invisible character " + Printable.codePoint(c)
                    : "'" + Character.toString(c) + "'" + (c < 128 ? "" : " (U+" + String.format(Locale.ROOT, "%04X", c) + ")");
        };
    }
}
