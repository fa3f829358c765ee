package dev.zmqstudio.model.validation;

/** Sections of the ZeroMQ Guide (zguide.zeromq.org) that explain the pitfalls the lint rules find. */
enum Guide {
    GETTING_THE_MESSAGE_OUT(1, "Getting the Message Out"),
    DIVIDE_AND_CONQUER(1, "Divide and Conquer"),
    PLUGGING_SOCKETS(2, "Plugging Sockets into the Topology"),
    UNICAST_TRANSPORTS(2, "Unicast Transports"),
    PAIR_SOCKETS(2, "Signaling Between Threads (PAIR Sockets)"),
    HIGH_WATER_MARKS(2, "High-Water Marks"),
    MISSING_MESSAGES(2, "Missing Message Problem Solver"),
    REQUEST_REPLY_MECHANISMS(3, "The Request-Reply Mechanisms"),
    REQUEST_REPLY_COMBINATIONS(3, "Request-Reply Combinations"),
    SLOW_SUBSCRIBERS(5, "Slow Subscriber Detection (Suicidal Snail Pattern)");

    private final int chapter;
    private final String section;

    Guide(int chapter, String section) {
        this.chapter = chapter;
        this.section = section;
    }

    /** "Chapter 2, High-Water Marks". */
    @Override
    public String toString() {
        return "Chapter " + chapter + ", " + section;
    }
}
