package dev.zmqstudio.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "500ms", "5s", "2m", "1h" or a bare number of seconds; from {@link #SHORTEST} to {@link #LONGEST}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    static final Duration SHORTEST = Duration.ofMillis(1);
    static final Duration LONGEST = Duration.ofHours(24);
    private static final Pattern FORMAT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = FORMAT.matcher(value.strip());
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; use e.g. 500ms, 5s, 2m");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long perUnit = switch (unit) {
            case "ms" -> 1;
            case "m" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        BigDecimal millis = amount.multiply(BigDecimal.valueOf(perUnit)).setScale(0, RoundingMode.HALF_UP);
        if (millis.compareTo(BigDecimal.valueOf(LONGEST.toMillis())) > 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too long; the longest run is 24h");
        }
        if (millis.compareTo(BigDecimal.valueOf(SHORTEST.toMillis())) < 0) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too short; the shortest run is 1ms");
        }
        return Duration.ofMillis(millis.longValueExact());
    }
}
