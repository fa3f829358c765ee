package dev.zmqstudio.model;

import dev.zmqstudio.model.validation.Rules;

import java.util.List;

/**
 * Checks a topology and returns every problem found, errors first. Pure function of the model; the rules
 * live in {@code dev.zmqstudio.model.validation}, one class per family of checks.
 */
public final class Validator {

    private Validator() {
    }

    public static List<Problem> validate(Topology topology) {
        return Rules.check(topology);
    }
}
