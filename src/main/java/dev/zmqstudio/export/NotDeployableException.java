package dev.zmqstudio.export;

import java.util.List;

/** A topology that a deployment cannot run as it is: each problem says what and how to fix it. */
public final class NotDeployableException extends Exception {
    private final List<String> problems;

    NotDeployableException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
