package dev.zmqstudio.model;

import java.util.List;

/** Checks a topology and returns every problem found, errors first. Pure function of the model. */
public final class Validator {

    private Validator() {
    }

    public static List<Problem> validate(Topology topology) {
        throw new UnsupportedOperationException("TODO validation");
    }
}
