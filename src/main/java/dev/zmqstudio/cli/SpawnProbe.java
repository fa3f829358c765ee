package dev.zmqstudio.cli;

import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The smallest JeroMQ program, the yardstick for a child's start-up in {@code bench --spawn}: binds a PULL,
 * connects a PUSH to it, sends one message, receives it, prints "ready" and exits.
 */
public final class SpawnProbe {
    private SpawnProbe() {
    }

    public static void main(String[] args) {
        try (ZContext ctx = new ZContext(1)) {
            ZMQ.Socket pull = ctx.createSocket(SocketType.PULL);
            int port = pull.bindToRandomPort("tcp://127.0.0.1");
            ZMQ.Socket push = ctx.createSocket(SocketType.PUSH);
            push.connect("tcp://127.0.0.1:" + port);
            push.send("probe");
            pull.recvStr();
            System.out.println("ready");
            System.out.flush();
            push.setLinger(0);
            pull.setLinger(0);
        }
    }
}
