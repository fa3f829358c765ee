package dev.zmqstudio.ui;

import dev.zmqstudio.ui.edit.PortMove;

import java.util.List;
import java.util.stream.Collectors;

/** The words of the busy-port question, kept apart from the dialog so they can be checked without one. */
final class BusyPortText {

    private BusyPortText() {
    }

    static String header(List<PortMove> busy) {
        if (busy.size() == 1) {
            PortMove m = busy.getFirst();
            return "Port " + m.port() + " of " + m.nodeId() + " is in use by another program";
        }
        return busy.size() + " ports of this topology are in use by other programs";
    }

    static String body(List<PortMove> busy) {
        String moves = busy.stream()
                .map(m -> m.nodeId() + ": " + m.bind() + "  \u2192  " + m.replacement())
                .collect(Collectors.joining("\n"));
        String use = busy.size() == 1 ? "Use " + busy.getFirst().newPort() + " instead? The node binds it and "
                : "Use free ports instead? Each node binds its new port and ";
        return moves + "\n\n" + use + "the wires connecting to it follow; Undo puts "
                + (busy.size() == 1 ? "it" : "them") + " back.\nRun Anyway leaves the port"
                + (busy.size() == 1 ? "" : "s") + " as " + (busy.size() == 1 ? "it is" : "they are")
                + ": the node's bind fails unless the other program lets go first.";
    }
}
