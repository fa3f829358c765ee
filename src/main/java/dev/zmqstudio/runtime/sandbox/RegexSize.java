package dev.zmqstudio.runtime.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * About how many instructions RE2/J compiles a pattern into, with its counted repetitions expanded: RE2/J has no
 * limit of its own, and {@code ((a{1000}){1000}){1000}} fills any heap while it compiles. Read before compiling.
 * An over-estimate on purpose (every atom, group and operator counts); exact only in order of magnitude.
 */
final class RegexSize {
    private static final long CAP = Long.MAX_VALUE / 4;

    private RegexSize() {
    }

    static long of(String pattern) {
        Deque<long[]> open = new ArrayDeque<>(); // per open group: the enclosing branch so far, its best branch
        long branch = 0;
        long best = 0;
        long atom = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            switch (c) {
                case '\\' -> {
                    branch = add(branch, atom);
                    int end = escapeEnd(pattern, i);
                    atom = pattern.startsWith("\\Q", i) ? Math.max(1, end - i - 4) : 1;
                    i = end;
                }
                case '[' -> {
                    branch = add(branch, atom);
                    atom = 1;
                    i = classEnd(pattern, i);
                }
                case '(' -> {
                    branch = add(branch, atom);
                    open.push(new long[] {branch, best});
                    branch = 0;
                    best = 0;
                    atom = 0;
                    i = groupBodyStart(pattern, i + 1);
                }
                case ')' -> {
                    long inner = Math.max(best, add(branch, atom));
                    long[] outer = open.isEmpty() ? new long[] {0, 0} : open.pop();
                    branch = outer[0];
                    best = outer[1];
                    atom = add(inner, 2);
                    i++;
                }
                case '|' -> {
                    best = Math.max(best, add(branch, atom));
                    branch = 1;
                    atom = 0;
                    i++;
                }
                case '*', '+', '?' -> {
                    atom = add(atom, 1);
                    i++;
                    if (i < pattern.length() && (pattern.charAt(i) == '?' || pattern.charAt(i) == '+')) {
                        i++;
                    }
                }
                case '{' -> {
                    int close = pattern.indexOf('}', i);
                    long times = close < 0 ? -1 : repetitions(pattern.substring(i + 1, close));
                    if (times < 0) {
                        branch = add(branch, atom);
                        atom = 1;
                        i++;
                    } else {
                        atom = add(multiply(atom, times), 1);
                        i = close + 1;
                    }
                }
                default -> {
                    branch = add(branch, atom);
                    atom = 1;
                    i++;
                }
            }
        }
        long size = Math.max(best, add(branch, atom));
        while (!open.isEmpty()) { // unclosed groups: RE2/J will refuse the pattern anyway
            long[] outer = open.pop();
            size = Math.max(outer[1], add(outer[0], size));
        }
        return size;
    }

    /** "3", "3," or "3,5": the most times; -1 when it is not a repetition (then the brace is a literal). */
    private static long repetitions(String body) {
        int comma = body.indexOf(',');
        String min = comma < 0 ? body : body.substring(0, comma);
        String max = comma < 0 ? min : body.substring(comma + 1);
        if (!isCount(min) || !(isCount(max) || max.isEmpty())) {
            return -1;
        }
        return Long.parseLong(max.isEmpty() ? min : max);
    }

    private static boolean isCount(String digits) {
        return !digits.isEmpty() && digits.length() <= 9 && digits.chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static int escapeEnd(String pattern, int at) {
        if (at + 1 >= pattern.length()) {
            return pattern.length();
        }
        char kind = pattern.charAt(at + 1);
        if (kind == 'Q') {
            int end = pattern.indexOf("\\E", at + 2);
            return end < 0 ? pattern.length() : end + 2;
        }
        if ((kind == 'p' || kind == 'P' || kind == 'x') && at + 2 < pattern.length() && pattern.charAt(at + 2) == '{') {
            int end = pattern.indexOf('}', at + 3);
            return end < 0 ? pattern.length() : end + 1;
        }
        return Math.min(pattern.length(), at + ((kind == 'p' || kind == 'P') ? 3 : 2));
    }

    private static int classEnd(String pattern, int at) {
        int i = at + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '[' && pattern.startsWith("[:", i)) {
                int end = pattern.indexOf(":]", i + 2);
                i = end < 0 ? i + 1 : end + 2;
            } else if (c == ']') {
                return i + 1;
            } else {
                i++;
            }
        }
        return pattern.length();
    }

    /** Skips "?:", "?P<name>", "?<name>" or flags after an opening parenthesis. */
    private static int groupBodyStart(String pattern, int at) {
        if (at >= pattern.length() || pattern.charAt(at) != '?') {
            return at;
        }
        int i = at + 1;
        if (pattern.startsWith("P<", i) || pattern.startsWith("<", i)) {
            int end = pattern.indexOf('>', i);
            return end < 0 ? pattern.length() : end + 1;
        }
        while (i < pattern.length() && pattern.charAt(i) != ':' && pattern.charAt(i) != ')') {
            i++;
        }
        return i < pattern.length() && pattern.charAt(i) == ':' ? i + 1 : i;
    }

    private static long add(long a, long b) {
        return Math.min(CAP, a + b);
    }

    private static long multiply(long a, long b) {
        return a == 0 || b == 0 ? 0 : a > CAP / b ? CAP : Math.min(CAP, a * b);
    }
}
