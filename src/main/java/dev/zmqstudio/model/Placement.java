package dev.zmqstudio.model;

import java.util.Locale;
import java.util.Optional;

/** Where a node runs. DEFAULT follows the topology's setting; EXTERNAL is a program the app does not start. */
public enum Placement {
    DEFAULT, IN_PROCESS, CHILD_PROCESS, EXTERNAL;

    /** JSON / CLI spelling: "in-process", "child-process", "external", "default". */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Placement> byKey(String key) {
        for (Placement p : values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
