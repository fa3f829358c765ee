package dev.zmqstudio.ui.run;

import dev.zmqstudio.ui.canvas.EndpointText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A node's failure (the engine's one-line text) in the words the diagram shows: a headline and the fix under the
 * node, and a few words on each of its wires. A failed bind is named as such, with its port.
 */
record FailureText(String headline, String fix, String onWire) {

    /** The engine's text when a bind fails (SocketHandle): "cannot bind ENDPOINT: REASON (HINT)". */
    private static final Pattern BIND = Pattern.compile("cannot bind (\\S+): ([^(]+?)(?: \\((.*)\\))?");
    /** The engine's text when a deployed host goes silent (ChildProcess). */
    private static final Pattern SILENT_HOST = Pattern.compile("host (\\S+) stopped reporting");
    private static final Pattern HINT = Pattern.compile("(.+?) \\((.*)\\)");
    private static final int MAX_HEADLINE = 60;

    /** For node {@code nodeId} that failed with {@code error}. */
    static FailureText of(String nodeId, String error) {
        if (error == null || error.isBlank()) {
            return new FailureText("\u2715 Failed", "", "\u2715 " + nodeId + " failed");
        }
        Matcher bind = BIND.matcher(error);
        if (bind.matches()) {
            String where = EndpointText.brief(bind.group(1));
            String reason = bind.group(2);
            if (reason.equals("address already in use")) {
                String port = where.substring(where.lastIndexOf(':') + 1);
                return new FailureText("\u2715 Cannot bind: port " + port + " is in use",
                        "Fix: stop what holds it, or bind a free port", "\u2715 not connected: " + where + " in use");
            }
            return new FailureText("\u2715 Cannot bind " + where + ": " + reason, fixFrom(bind.group(3)),
                    "\u2715 not connected: cannot bind " + where);
        }
        Matcher silent = SILENT_HOST.matcher(error);
        if (silent.matches()) {
            String host = silent.group(1);
            return new FailureText("\u2715 Host " + host + " stopped reporting",
                    "Fix: check that host " + host + " is up and reaches this computer",
                    "\u2715 host " + host + " silent");
        }
        Matcher hint = HINT.matcher(error);
        String what = hint.matches() ? hint.group(1) : error;
        String headline = "\u2715 " + Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (headline.length() > MAX_HEADLINE) {
            headline = headline.substring(0, MAX_HEADLINE - 1) + "\u2026";
        }
        return new FailureText(headline, fixFrom(hint.matches() ? hint.group(2) : null), "\u2715 " + nodeId + " failed");
    }

    private static String fixFrom(String hint) {
        return hint == null || hint.isBlank() ? "" : "Fix: " + hint;
    }
}
