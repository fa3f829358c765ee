package dev.zmqstudio.model;

/**
 * Topology-wide settings. {@code waitForConnections}: generators wait (up to the start gate's timeout) until every
 * wire with one of our sockets at an end is connected, programs that connect to us included, and every declared
 * subscription, ours and external programs', has reached its publisher (exact, repeatable counts); off shows the
 * classic slow-joiner loss.
 */
public record Settings(boolean waitForConnections, Placement defaultPlacement) {

    public static final Settings DEFAULTS = new Settings(true, Placement.IN_PROCESS);

    public Settings {
        defaultPlacement = defaultPlacement == null || defaultPlacement == Placement.DEFAULT
                ? Placement.IN_PROCESS : defaultPlacement;
    }

    public Settings withWaitForConnections(boolean wait) {
        return new Settings(wait, defaultPlacement);
    }

    public Settings withDefaultPlacement(Placement placement) {
        return new Settings(waitForConnections, placement);
    }
}
