package dev.zmqstudio.runtime.functions;

import dev.zmqstudio.runtime.sandbox.Regexes;

import java.util.List;

/**
 * Functions user expressions may call without a prefix, e.g. {@code num(words[1])}. Every public method here is
 * callable from expressions (and nothing else of this package is). Regular expressions use RE2 syntax and run in
 * linear time.
 */
public final class ExpressionFunctions {

    /** A number from text or a number; NaN when it is neither. */
    public double num(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(value.toString().strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * The sum of a list (or array) of numbers, e.g. {@code sum(json.nums)}: a whole number when every item is
     * whole, so big totals stay exact; a fraction otherwise. Items that are not numbers count as {@link #num}.
     * An empty or missing list sums to 0.
     */
    public Number sum(Object values) {
        Iterable<?> items = switch (values) {
            case null -> List.of();
            case Iterable<?> iterable -> iterable;
            case Object[] array -> java.util.Arrays.asList(array);
            default -> List.of(values);
        };
        long whole = 0;
        double fraction = 0;
        boolean exact = true;
        for (Object item : items) {
            if (exact && (item instanceof Integer || item instanceof Long || item instanceof Short || item instanceof Byte)) {
                whole = Math.addExact(whole, ((Number) item).longValue());
            } else {
                exact = false;
                fraction += num(item);
            }
        }
        return exact ? (Number) whole : (Number) (whole + fraction);
    }

    /** Text of any value ("" for null). */
    public String str(Object value) {
        return value == null ? "" : value.toString();
    }

    /** Whether the whole of {@code text} matches the regular expression {@code re}; false for null. */
    public boolean matches(Object text, Object re) {
        return text != null && Regexes.matches(text.toString(), pattern(re));
    }

    /** The first part of {@code text} that matches {@code re}, or null when none does. */
    public String find(Object text, Object re) {
        return find(text, re, 0);
    }

    /** Group {@code group} (1 is the first parenthesis) of the first match of {@code re} in {@code text}, or null. */
    public String find(Object text, Object re, int group) {
        return text == null ? null : Regexes.find(text.toString(), pattern(re), group);
    }

    /** {@code text} with every match of {@code re} replaced by {@code with}, where $1 is group 1 and $$ a dollar sign. */
    public String replace(Object text, Object re, Object with) {
        return text == null ? null : Regexes.replace(text.toString(), pattern(re), str(with));
    }

    /** The parts of {@code text} between matches of {@code re} (empty parts at the end dropped). */
    public List<String> split(Object text, Object re) {
        return text == null ? List.of() : Regexes.split(text.toString(), pattern(re));
    }

    /** A pattern written as text or as a regex literal ~/.../. */
    private static String pattern(Object re) {
        return re instanceof java.util.regex.Pattern literal ? literal.pattern() : String.valueOf(re);
    }
}
