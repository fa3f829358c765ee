package dev.zmqstudio.model;

/**
 * Text from a file made safe to print on one terminal line: control characters, invisible format characters
 * (zero-width, right-to-left overrides, which can make a line read as something else) and line or paragraph
 * separators become {@code \}{@code uXXXX}; everything else is kept.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (isHidden(c)) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                sb.append(codePoint(c));
            } else if (sb != null) {
                sb.append(text, i, i + n);
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    /** How a code point is written in escaped text: a backslash, "u" and four hex digits (or "U" and eight). */
    public static String codePoint(int c) {
        return c > 0xFFFF ? String.format(java.util.Locale.ROOT, "\\U%08X", c) : String.format(java.util.Locale.ROOT, "\\u%04X", c);
    }

    private static boolean isHidden(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE;
    }
}
