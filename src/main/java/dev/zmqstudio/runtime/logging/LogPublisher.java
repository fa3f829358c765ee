package dev.zmqstudio.runtime.logging;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The run's log publisher: binds the topology's {@code logPublisher} endpoint and publishes each log line as two
 * frames {@code [zmq-studio.<LEVEL>.<node>][text]}, the layout of pyzmq's {@code PUBHandler} with root topic
 * {@value #ROOT_TOPIC}, so {@code python3 -m zmq.log ENDPOINT} prints them.
 * <p>Lines are queued by the engine's threads and sent by this publisher's own thread (a socket has one owner).
 * The socket is an XPUB so that the subscriptions of the diagram's own loggers can be waited for: lines queue until
 * they have all arrived (or {@code wait} has passed), so a logger wired to the stand-in node counts every line.
 * A subscriber that falls behind does not hold the nodes up: a line its queue has no room for is dropped, and
 * counted.
 */
public final class LogPublisher implements AutoCloseable {
    public static final String ROOT_TOPIC = "zmq-studio";
    private static final int QUEUED_LINES = 10_000;
    /** Room in each subscriber's queue; past it a line is dropped, not waited for. */
    private static final int SUBSCRIBER_HWM = 100_000;
    private static final long JOIN_MS = 3_000;

    /** One line to publish. */
    private record Line(String node, LogLevel level, String text) {
    }

    /** How publishing went: lines sent, and lines lost because the queue or a subscriber's queue was full. */
    public record Stats(String endpoint, long published, long dropped) {
    }

    private final String endpoint;
    private final ZContext zmq;
    private final ZMQ.Socket socket;
    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(QUEUED_LINES);
    private final LongAdder published = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final int awaitedSubscriptions;
    private final long waitNanos;
    private final Thread thread;
    private volatile boolean closing;
    /** Lines taken off the queue and not sent yet (0 or 1): the publisher is idle when the queue is empty and this is 0. */
    private volatile int inHand;

    /**
     * Binds {@code endpoint} on {@code zmq} (throws {@link org.zeromq.ZMQException} when it cannot) and starts
     * publishing; lines wait, at most {@code waitNanos}, until {@code awaitedSubscriptions} subscriptions have arrived.
     */
    public LogPublisher(ZContext zmq, String endpoint, int awaitedSubscriptions, long waitNanos) {
        this.endpoint = endpoint;
        this.zmq = zmq;
        this.awaitedSubscriptions = awaitedSubscriptions;
        this.waitNanos = waitNanos;
        socket = zmq.createSocket(SocketType.XPUB);
        socket.setLinger(500);
        socket.setSndHWM(SUBSCRIBER_HWM);
        socket.setXpubVerbose(true); // every logger's subscription arrives, not only the first of each topic
        socket.setXpubNoDrop(true); // a full subscriber queue fails the send, so the line is counted as dropped
        try {
            socket.bind(endpoint);
        } catch (RuntimeException e) {
            zmq.destroySocket(socket);
            throw e;
        }
        thread = Thread.ofPlatform().name("zs-log-publisher").daemon().start(this::publish);
    }

    /** Queues a line; never blocks the node that logs it. */
    public void offer(String node, String line) {
        LogLevel level = LogLevel.of(line);
        if (closing || !queue.offer(new Line(node, level, level.text(line)))) {
            dropped.increment();
        }
    }

    /** Whether every line offered so far has been sent (or dropped). */
    public boolean idle() {
        return queue.isEmpty() && inHand == 0;
    }

    public Stats stats() {
        return new Stats(endpoint, published.sum(), dropped.sum());
    }

    /** Sends what is queued, then closes the socket. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(JOIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publish() {
        try {
            awaitSubscriptions();
            while (true) {
                Line line = queue.poll(50, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (closing) {
                        return;
                    }
                    readSubscriptions();
                    continue;
                }
                inHand = 1;
                send(line);
                inHand = 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.close();
        }
    }

    private void awaitSubscriptions() {
        long deadline = System.nanoTime() + waitNanos;
        int arrived = 0;
        ZMQ.Poller poller = null;
        try {
            while (arrived < awaitedSubscriptions && !closing && System.nanoTime() < deadline) {
                if (poller == null) {
                    poller = zmq.createPoller(1);
                    poller.register(socket, ZMQ.Poller.POLLIN);
                }
                poller.poll(50);
                arrived += readSubscriptions();
            }
        } finally {
            if (poller != null) {
                poller.close();
            }
        }
    }

    /** Reads what subscribers sent (an XPUB must, or their messages pile up); returns how many subscribed. */
    private int readSubscriptions() {
        int subscribed = 0;
        byte[] message;
        while ((message = socket.recv(ZMQ.DONTWAIT)) != null) {
            if (message.length > 0 && message[0] == 1) {
                subscribed++;
            }
        }
        return subscribed;
    }

    private void send(Line line) {
        byte[] topic = (ROOT_TOPIC + "." + line.level().name() + "." + line.node()).getBytes(StandardCharsets.UTF_8);
        if (socket.send(topic, ZMQ.SNDMORE | ZMQ.DONTWAIT)
                && socket.send(line.text().getBytes(StandardCharsets.UTF_8), ZMQ.DONTWAIT)) {
            published.increment();
        } else {
            dropped.increment();
        }
    }
}
