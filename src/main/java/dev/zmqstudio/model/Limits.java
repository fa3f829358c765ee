package dev.zmqstudio.model;

import java.util.Optional;

/**
 * How large the numbers of a topology may be. A file is untrusted input: a rate of 1e40 or a high-water mark of
 * two billion is a mistake or an attack, never a plan. Validation reports a number outside its range; the
 * designer refuses it when typed.
 */
public final class Limits {
    /**
     * Messages (or requests) a second; 0 means as fast as possible. Above 0, at least one message in 1000 s: the
     * schedule's period in nanoseconds must stay far from overflowing.
     */
    public static final Range RATE = new Range("rate", 0, 0.001, 10_000_000, "messages a second", "0 (as fast as possible)");
    /** Messages (or requests) in all; 0 means no limit. */
    public static final Range COUNT = new Range("count", 0, 0, 1_000_000_000_000L, "messages", "0 (no limit)");
    /** Simulated work per received message. */
    public static final Range WORK_MILLIS = new Range("workMillis", 0, 0, 60_000, "ms", "0 (no work)");
    /** High-water mark of a socket; 0 means no limit. */
    public static final Range HWM = new Range("high-water mark", 0, 0, 10_000_000, "messages", "0 (no limit)");
    /** A node's place on the canvas, either axis. */
    public static final Range COORDINATE = new Range("coordinate", -1_000_000, 0, 1_000_000, "", "");

    private Limits() {
    }

    /**
     * An inclusive range of a number, {@code min} to {@code max}; when {@code least} is above 0, values between 0
     * and {@code least} are refused too. {@code lowest} says what the smallest value means, for fixes.
     */
    public record Range(String name, double min, double least, double max, String unit, String lowest) {

        /** Why {@code value} is out of range ("is 1.0E40, more than 10000000 messages a second"), or empty. */
        public Optional<String> whyNot(double value) {
            if (Double.isNaN(value)) {
                return Optional.of("is not a number");
            }
            if (value < min) {
                return Optional.of("is " + format(value) + ", less than " + format(min) + withUnit(""));
            }
            if (value > max) {
                return Optional.of("is " + format(value) + ", more than " + format(max) + withUnit(""));
            }
            if (value > 0 && value < least) {
                return Optional.of("is " + format(value) + ", above 0 but less than " + format(least) + withUnit(""));
            }
            return Optional.empty();
        }

        /** "use 0 (no limit) up to 10000000": what to write instead. */
        public String fix() {
            String from = lowest.isEmpty() ? format(min) : lowest;
            return "use " + (least > 0 ? from + " or " + format(least) : from) + " up to " + format(max) + withUnit("");
        }

        private String withUnit(String none) {
            return unit.isEmpty() ? none : " " + unit;
        }
    }

    /** Whole numbers without a fraction (10000000, not 1.0E7); others as Java writes doubles. */
    public static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e18 ? Long.toString((long) value) : Double.toString(value);
    }
}
