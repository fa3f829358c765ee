package dev.zmqstudio.model.validation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every message a generator template makes starts with: the literal text before its first placeholder, or that
 * text followed by each topic when the first placeholder is {@code {topic}} (each item for {@code {cycle:X|Y}}). Enough to tell whether a subscription
 * can ever match, without expanding the template.
 */
record TemplatePrefixes(List<String> prefixes, boolean open) {
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(n|topic|time_us|time|node|port|msg|frames|rand:-?\\d+\\.\\.-?\\d+|ints:\\d{1,6}|cycle:([^{}]*))}");

    /** {@code open}: more text (unknown here) follows each prefix. */
    static TemplatePrefixes of(String template, List<String> topics) {
        Matcher m = PLACEHOLDER.matcher(template);
        if (!m.find()) {
            return new TemplatePrefixes(List.of(template), false);
        }
        String literal = template.substring(0, m.start());
        boolean more = m.end() < template.length();
        if (m.group(1).equals("topic") && !topics.isEmpty()) {
            return new TemplatePrefixes(topics.stream().map(t -> literal + t).toList(), more);
        }
        if (m.group(2) != null) {
            return new TemplatePrefixes(java.util.Arrays.stream(m.group(2).split("\\|", -1)).map(t -> literal + t).toList(), more);
        }
        return new TemplatePrefixes(List.of(literal), true);
    }

    /** Whether some message may start with {@code subscription}. */
    boolean mayMatch(String subscription) {
        return prefixes.stream().anyMatch(p -> p.startsWith(subscription) || open && subscription.startsWith(p));
    }
}
