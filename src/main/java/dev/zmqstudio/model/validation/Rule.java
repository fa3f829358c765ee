package dev.zmqstudio.model.validation;

/** One family of checks; adds whatever it finds to {@code findings}. */
interface Rule {
    void check(TopologyIndex topology, Findings findings);
}
