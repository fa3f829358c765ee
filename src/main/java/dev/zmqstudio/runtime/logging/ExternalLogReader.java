package dev.zmqstudio.runtime.logging;

import dev.zmqstudio.runtime.engine.LogSink;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

import java.nio.charset.StandardCharsets;

/**
 * Reads an external program's log PUB ({@code logs} on an external node) and hands each line to the run's log
 * under that node's id, with its level as the line's prefix. Messages are pyzmq {@code PUBHandler}'s: frames
 * {@code [root.LEVEL(.subtopic)][text]}, or {@code [LEVEL][text]} with no root topic; a one-frame message is an INFO
 * line.
 */
final class ExternalLogReader {
    private static final long JOIN_MS = 2_000;

    private final String nodeId;
    private final ZMQ.Socket socket;
    private final ZMQ.Poller poller;
    private final LogSink log;
    private final Thread thread;
    private volatile boolean stopping;

    ExternalLogReader(ZContext zmq, String nodeId, String endpoint, LogSink log) {
        this.nodeId = nodeId;
        this.log = log;
        socket = zmq.createSocket(SocketType.SUB);
        socket.setLinger(0);
        socket.subscribe(ZMQ.SUBSCRIPTION_ALL);
        socket.connect(endpoint);
        poller = zmq.createPoller(1);
        poller.register(socket, ZMQ.Poller.POLLIN);
        thread = Thread.ofPlatform().name("zs-logs-" + nodeId).daemon().start(this::read);
    }

    /** Asks the reader to stop; {@link #awaitStop} waits for it (all readers are asked first, then awaited). */
    void requestStop() {
        stopping = true;
    }

    void awaitStop() {
        try {
            thread.join(JOIN_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read() {
        try {
            while (!stopping) {
                if (poller.poll(100) > 0) {
                    readWaiting();
                }
            }
        } finally {
            poller.close();
            socket.close();
        }
    }

    private void readWaiting() {
        byte[] first;
        // A bounded batch: a program that floods its log must not keep this reader from seeing Stop.
        for (int i = 0; i < 1000 && !stopping && (first = socket.recv(ZMQ.DONTWAIT)) != null; i++) {
            byte[] last = first;
            byte[] topic = null;
            while (socket.hasReceiveMore()) {
                topic = topic == null ? first : topic;
                last = socket.recv();
            }
            LogLevel level = topic == null ? LogLevel.INFO : levelOf(new String(topic, StandardCharsets.UTF_8));
            log.line(nodeId, level.line(new String(last, StandardCharsets.UTF_8).stripTrailing()));
        }
    }

    /** "root.WARNING.sub", "WARNING.sub" and "WARNING" name WARNING: the first name that is a level; INFO if none. */
    static LogLevel levelOf(String topic) {
        for (String name : topic.strip().split("\\.")) {
            var level = LogLevel.find(name);
            if (level.isPresent()) {
                return level.get();
            }
        }
        return LogLevel.INFO;
    }
}
