package dev.zmqstudio.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into one plain line for people editing JSON by hand: no class names,
 * no "Source: ..." and no "code 125". Matches Jackson's wording, so an unknown wording falls back to
 * its first sentence, cleaned.
 */
final class ParseErrorMessages {

    static final String TRAILING_CONTENT = "unexpected content after the end of the top-level object";

    private static final Pattern UNEXPECTED_CHAR =
            Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)[^)]*\\)\\)(?: in numeric value)?:? ?(.*)$",
                    Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CONTROL_CHAR = Pattern.compile("^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("^Non-standard token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern BAD_ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern CONTROL_BETWEEN_TOKENS = Pattern.compile("^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern LIMIT = Pattern.compile("^(Document nesting depth|Number value length|String value length) "
            + "\\(\\d+\\) exceeds the maximum allowed \\((\\d+)");
    /** Jackson's asides name its own classes and features; they mean nothing to someone editing a topology. */
    private static final Pattern JACKSON_ASIDE = Pattern.compile(" ?\\([^()]*(`|code \\d+)[^()]*\\)");
    private static final String ANY_VALUE = "a value (a string in double quotes, a number, an object, an array, true, false or null)";

    private ParseErrorMessages() {
    }

    /** One clear line for {@code e}; {@code innermostOpen} is the object or array being read, if any. */
    static String rephrase(JsonProcessingException e, Json innermostOpen) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return original.contains("closing quote")
                    ? "the file ends inside a string: its closing quote is missing"
                    : endsBeforeClosing(innermostOpen);
        }
        Matcher m = UNEXPECTED_CHAR.matcher(original);
        if (m.find()) {
            return unexpectedCharacter(m.group(1), Integer.parseInt(m.group(2)), m.group(3), original);
        }
        if ((m = UNRECOGNIZED_TOKEN.matcher(original)).find()) {
            return "'" + m.group(1) + "' is not a JSON value; expected " + ANY_VALUE;
        }
        if ((m = CONTROL_CHAR.matcher(original)).find()) {
            return "character " + codePoint(Integer.parseInt(m.group(1)))
                    + " must be escaped inside a string (write \\n for a line break, \\t for a tab)";
        }
        if ((m = NON_STANDARD_TOKEN.matcher(original)).find()) {
            return m.group(1) + " is not a JSON number";
        }
        if ((m = CLOSE_MARKER.matcher(original)).find()) {
            return "unexpected '" + m.group(1) + "': it closes nothing that is open";
        }
        if ((m = BAD_ESCAPE.matcher(original)).find()) {
            return "invalid escape '\\" + m.group(1) + "' in a string; JSON knows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX";
        }
        if ((m = CONTROL_BETWEEN_TOKENS.matcher(original)).find()) {
            return "character " + codePoint(Integer.parseInt(m.group(1)))
                    + " is not allowed here; only spaces, tabs and line breaks may separate values";
        }
        if ((m = LIMIT.matcher(original)).find()) {
            return switch (m.group(1)) {
                case "Document nesting depth" -> "the JSON is nested more than " + m.group(2) + " levels deep";
                case "Number value length" -> "a number is longer than " + m.group(2) + " digits";
                default -> "a string is longer than " + m.group(2) + " characters";
            };
        }
        if (original.startsWith("Invalid numeric value: ")) {
            return "invalid number: " + lowerFirst(firstSentence(original.substring("Invalid numeric value: ".length())));
        }
        return lowerFirst(firstSentence(original));
    }

    /** The file stopped while {@code innermostOpen} (or nothing) was still open. */
    static String endsBeforeClosing(Json innermostOpen) {
        return switch (innermostOpen) {
            case Json.Obj o -> "the file ends before the object opened at " + o.location() + " is closed with '}'";
            case Json.Arr a -> "the file ends before the array opened at " + a.location() + " is closed with ']'";
            case null, default -> "the file ends unexpectedly";
        };
    }

    private static String unexpectedCharacter(String shown, int code, String expectation, String original) {
        String found = printable(shown, code);
        if (original.contains(" in numeric value")) {
            return "invalid number: expected a digit, found " + found;
        }
        if (expectation.startsWith("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (expectation.startsWith("was expecting double-quote to start field name")) {
            return code == '}' ? "trailing comma before '}'; remove the last ','"
                    : "expected a field name in double quotes, found " + found;
        }
        if (expectation.startsWith("was expecting a colon")) {
            return "expected ':' after the field name, found " + found;
        }
        if (expectation.startsWith("was expecting comma to separate Object entries")) {
            return "expected ',' or '}' after a field value, found " + found;
        }
        if (expectation.startsWith("was expecting comma to separate Array entries")) {
            return "expected ',' or ']' after an array item, found " + found;
        }
        if (expectation.contains("hex-digit")) {
            return "expected 4 hex digits after \\u in a string, found " + found;
        }
        if (expectation.startsWith("expected a valid value")) {
            return code == ']' ? "trailing comma before ']'; remove the last ','"
                    : "expected " + ANY_VALUE + ", found " + found;
        }
        return "unexpected character " + found;
    }

    private static String printable(String shown, int code) {
        return code < 0x20 || code == 0x7f || code == 0xfeff || code == 0xfffd ? codePoint(code) : "'" + shown + "'";
    }

    private static String codePoint(int code) {
        return String.format("U+%04X", code);
    }

    private static String firstSentence(String text) {
        String line = text.lines().findFirst().orElse("").trim();
        int noise = line.indexOf(" (start marker at");
        if (noise < 0) {
            noise = line.indexOf(" at [Source:");
        }
        return JACKSON_ASIDE.matcher(noise < 0 ? line : line.substring(0, noise)).replaceAll("");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? "the JSON is malformed" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
