package dev.zmqstudio.experiment;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/** A run of consecutive tcp ports on 127.0.0.1 that are free now, for a generated cell's binds. */
final class FreePortRun {
    private static final int LOW = 20_000;
    private static final int HIGH = 60_000;

    private FreePortRun() {
    }

    static int find(int length) {
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = ThreadLocalRandom.current().nextInt(LOW, HIGH - length);
            if (allFree(base, length)) {
                return base;
            }
        }
        throw new IllegalStateException("no " + length + " consecutive free ports between " + LOW + " and " + HIGH);
    }

    private static boolean allFree(int base, int length) {
        for (int port = base; port < base + length; port++) {
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }
}
