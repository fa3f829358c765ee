package dev.zmqstudio.runtime.functions;

/**
 * Functions user expressions may call without a prefix, e.g. {@code num(words[1])}. This package holds nothing
 * else: the sandbox opens exactly this package to expressions.
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

    /** Text of any value ("" for null). */
    public String str(Object value) {
        return value == null ? "" : value.toString();
    }
}
