package dev.zmqstudio.runtime.sandbox;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Regular expressions for expressions, in linear time (RE2/J, RE2 syntax): never backtracking, patterns of bounded
 * size, matches that stop when the evaluation's budget runs out, results within the 1 MiB text limit. Compiled
 * patterns are kept for reuse (a pattern is usually the same for every message).
 */
public final class Regexes {
    /** Instructions a pattern may compile into, repetitions expanded (see {@link RegexSize}). */
    public static final long MAX_PATTERN_SIZE = 10_000;
    private static final int CACHED = 256;
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /**
     * The compiled pattern, or a {@link SandboxException} saying what is wrong with it.
     *
     * @throws SandboxException when the pattern does not parse or is too large
     */
    public static Pattern compile(String pattern) {
        Pattern cached = COMPILED.get(pattern);
        if (cached != null) {
            return cached;
        }
        long size = RegexSize.of(pattern);
        if (size > MAX_PATTERN_SIZE) {
            throw new SandboxException("the regular expression '" + abbreviate(pattern) + "' is too large: about "
                    + size + " steps once its repetitions are expanded (at most " + MAX_PATTERN_SIZE + ")");
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new SandboxException("'" + abbreviate(pattern) + "' is not a valid regular expression: "
                    + e.getDescription());
        }
        if (COMPILED.size() >= CACHED) {
            COMPILED.clear();
        }
        COMPILED.put(pattern, compiled);
        return compiled;
    }

    /** Whether the whole of {@code text} matches {@code pattern}. */
    public static boolean matches(String text, String pattern) {
        return matcher(text, pattern).matches();
    }

    /** Group {@code group} of the first match of {@code pattern} in {@code text} (0: the whole match), or null. */
    public static String find(String text, String pattern, int group) {
        Matcher m = matcher(text, pattern);
        if (group < 0 || group > m.groupCount()) {
            throw new SandboxException("'" + abbreviate(pattern) + "' has no group " + group);
        }
        return m.find() ? m.group(group) : null;
    }

    /** {@code text} with every match of {@code pattern} replaced by {@code with} ($1 is group 1, $$ a dollar). */
    public static String replace(String text, String pattern, String with) {
        Matcher m = matcher(text, pattern);
        Replacement replacement = Replacement.parse(with, m.groupCount());
        ExpressionBudget budget = ExpressionBudget.current();
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            budget.checkpoint();
            TextLimit.check((long) out.length() + (m.start() - last) + replacement.length(m), "replace");
            out.append(text, last, m.start());
            replacement.appendTo(out, m);
            last = m.end();
        }
        TextLimit.check((long) out.length() + text.length() - last, "replace");
        return out.append(text, last, text.length()).toString();
    }

    /** The parts of {@code text} between matches of {@code pattern}; empty parts at the end are dropped. */
    public static List<String> split(String text, String pattern) {
        Matcher m = matcher(text, pattern);
        ExpressionBudget budget = ExpressionBudget.current();
        List<String> parts = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            budget.checkpoint();
            if (m.end() == 0) {
                continue; // an empty match at the start splits nothing off
            }
            parts.add(text.substring(last, m.start()));
            last = m.end();
        }
        parts.add(text.substring(last));
        int keep = parts.size();
        while (keep > 1 && parts.get(keep - 1).isEmpty()) {
            keep--;
        }
        return new ArrayList<>(parts.subList(0, keep));
    }

    private static Matcher matcher(String text, String pattern) {
        return compile(pattern).matcher(new WatchedText(text, ExpressionBudget.current()));
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** A replacement text: literal parts and group references, sized before it is appended. */
    private record Replacement(List<Object> parts) {
        static Replacement parse(String with, int groups) {
            List<Object> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < with.length(); i++) {
                char c = with.charAt(i);
                if (c != '$') {
                    literal.append(c);
                    continue;
                }
                char next = i + 1 < with.length() ? with.charAt(i + 1) : 0;
                if (next == '$') {
                    literal.append('$');
                } else if (next >= '0' && next <= '9' && next - '0' <= groups) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                    parts.add(next - '0');
                } else {
                    throw new SandboxException("the replacement '" + abbreviate(with) + "' refers to $" + next
                            + ", but the pattern has " + groups + " group(s); write $$ for a dollar sign");
                }
                i++;
            }
            parts.add(literal.toString());
            return new Replacement(parts);
        }

        long length(Matcher m) {
            long length = 0;
            for (Object part : parts) {
                length += part instanceof Integer group ? m.end(group) - m.start(group) : ((String) part).length();
            }
            return length;
        }

        void appendTo(StringBuilder out, Matcher m) {
            for (Object part : parts) {
                if (part instanceof Integer group) {
                    if (m.start(group) >= 0) {
                        out.append(m.group(group));
                    }
                } else {
                    out.append((String) part);
                }
            }
        }
    }
}
