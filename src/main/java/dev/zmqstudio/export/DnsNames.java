package dev.zmqstudio.export;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Our ids and host names made names that Docker Compose services, DNS and Kubernetes objects accept, by one mapping
 * (lowercase RFC 1123 labels that start with a letter, so RFC 1035 labels too, as Kubernetes Services require):
 * <ol>
 *   <li>ASCII letters become lowercase; every run of other characters than a-z and 0-9 becomes one {@code -};</li>
 *   <li>{@code -} at either end is dropped; a name that is then empty or starts with a digit gets {@code n-} in
 *       front;</li>
 *   <li>it is cut to {@value #MAX_LENGTH} characters (and a {@code -} the cut leaves at the end dropped);</li>
 *   <li>a name taken already, in the order names are asked for, gets {@code -2}, {@code -3}... with the name cut so
 *       that the whole stays within {@value #MAX_LENGTH} characters.</li>
 * </ol>
 * So {@code Worker_1} is {@code worker-1}, {@code 10.0.0.1} is {@code n-10-0-0-1}, and {@code worker.1} after
 * {@code Worker_1} is {@code worker-1-2}. One instance is one namespace: the same requests in the same order always
 * give the same names.
 */
final class DnsNames {
    static final int MAX_LENGTH = 63;

    private final Set<String> taken = new HashSet<>();

    /** {@code wanted} as a name not given before by this instance. */
    String claim(String wanted) {
        return claim(wanted, "");
    }

    /**
     * {@code wanted} followed by {@code suffix} ({@code "-topology"}: a suffix of our own, kept whole) as a name not
     * given before by this instance.
     */
    String claim(String wanted, String suffix) {
        String base = label(wanted, MAX_LENGTH - suffix.length());
        String name = base + suffix;
        for (int n = 2; taken.contains(name); n++) {
            String counter = "-" + n;
            name = cut(base, MAX_LENGTH - suffix.length() - counter.length()) + counter + suffix;
        }
        taken.add(name);
        return name;
    }

    /** Steps 1 to 3 of the mapping, cut to {@code max} characters. */
    static String label(String wanted, int max) {
        StringBuilder b = new StringBuilder();
        for (char c : wanted.toLowerCase(Locale.ROOT).toCharArray()) {
            boolean legal = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (legal) {
                b.append(c);
            } else if (!b.isEmpty() && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        String name = trimDashes(b.toString());
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            name = "n-" + name;
        }
        return cut(trimDashes(name), max);
    }

    /** Whether {@code name} is a lowercase RFC 1035 label of at most {@value #MAX_LENGTH} characters. */
    static boolean isLabel(String name) {
        return name.length() <= MAX_LENGTH && name.matches("[a-z]([-a-z0-9]*[a-z0-9])?");
    }

    private static String cut(String name, int max) {
        return name.length() <= max ? name : trimDashes(name.substring(0, max));
    }

    private static String trimDashes(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && name.charAt(start) == '-') {
            start++;
        }
        while (end > start && name.charAt(end - 1) == '-') {
            end--;
        }
        return name.substring(start, end);
    }
}
