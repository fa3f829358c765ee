package dev.zmqstudio.model;

/** The ZeroMQ socket types a node can be. Data flags describe application messages, not subscriptions. */
public enum SocketType implements NodeType {
    PUB(true, false, "Publisher: sends every message to all subscribers whose filter matches."),
    SUB(false, true, "Subscriber: receives the messages whose topic starts with one of its subscriptions."),
    PUSH(true, false, "Pusher: hands each message to one puller, round-robin."),
    PULL(false, true, "Puller: fair-queues the messages of all its pushers."),
    REQ(true, true, "Requester: sends a request and waits for its reply, strictly alternating."),
    REP(true, true, "Replier: receives a request and sends back its reply."),
    PAIR(true, true, "Pair: an exclusive two-way connection to exactly one peer."),
    ROUTER(true, true, "Router: addresses each peer by identity; the asynchronous side of a broker."),
    DEALER(true, true, "Dealer: asynchronous requester, round-robin out, fair-queued in."),
    XPUB(true, false, "Extended publisher: a PUB that also receives its subscribers' subscriptions."),
    XSUB(false, true, "Extended subscriber: a SUB that sends subscriptions as messages.");

    private final boolean sendsData;
    private final boolean receivesData;
    private final String description;

    SocketType(boolean sendsData, boolean receivesData, String description) {
        this.sendsData = sendsData;
        this.receivesData = receivesData;
        this.description = description;
    }

    /** True when this socket sends application messages to its peers. */
    public boolean sendsData() {
        return sendsData;
    }

    /** True when this socket receives application messages from its peers. */
    public boolean receivesData() {
        return receivesData;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean isDevice() {
        return false;
    }
}
