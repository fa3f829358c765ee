package dev.zmqstudio.runtime.child;

import sun.misc.Signal;

/**
 * A host on its own stops on SIGTERM (docker stop, Kubernetes) and SIGINT (Ctrl+C): the handler only asks the main
 * thread to stop, which then stops the nodes in order and exits. A shutdown hook would not do: the main thread's
 * exit would wait on the hook that waits on it.
 */
final class StopSignals {
    private StopSignals() {
    }

    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> stop.run());
        }
    }
}
