package dev.zmqstudio.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A time since a recording began, in nanoseconds: "0", "1.5s", "250ms", "2m" (a bare number is seconds). */
final class TimeOffsetConverter implements CommandLine.ITypeConverter<Long> {
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|ms|s|m)?");

    @Override
    public Long convert(String value) {
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time; use e.g. 0, 250ms, 1.5s, 2m");
        }
        long perUnit = switch (m.group(2) == null ? "s" : m.group(2)) {
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 1_000_000_000L;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(perUnit)).longValue();
    }
}
