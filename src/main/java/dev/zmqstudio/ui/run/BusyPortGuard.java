package dev.zmqstudio.ui.run;

import dev.zmqstudio.model.Topology;
import dev.zmqstudio.ui.Prompts;
import dev.zmqstudio.ui.edit.BusyPorts;
import dev.zmqstudio.ui.edit.Editor;
import dev.zmqstudio.ui.edit.PortMove;
import dev.zmqstudio.ui.edit.PortPicker;
import javafx.application.Platform;
import javafx.stage.Window;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Before Run: asks the machine, off the FX thread, which tcp ports of the topology other programs hold; offers free
 * ones instead (an undoable edit, the wires follow), then lets the run go on, or not.
 */
final class BusyPortGuard {

    private final Editor editor;
    private final Supplier<Prompts> prompts;
    private final Supplier<Window> owner;
    /** The check on its way; null when none is. */
    private CompletableFuture<List<PortMove>> pending;

    BusyPortGuard(Editor editor, Supplier<Prompts> prompts, Supplier<Window> owner) {
        this.editor = editor;
        this.prompts = prompts;
        this.owner = owner;
    }

    /** True from {@link #check} until its answer is in (a few milliseconds). */
    boolean checking() {
        return pending != null;
    }

    /** Forgets the check on its way: its answer starts nothing. */
    void cancel() {
        pending = null;
    }

    /**
     * Checks {@code topology}'s ports, then, on the FX thread, hands the topology to run (with moved ports if the
     * user chose so) to {@code proceed}, or does nothing when the user cancels. When the diagram was edited while
     * the check ran, calls {@code again} instead, so the diagram as it is now gets validated and checked.
     */
    void check(Topology topology, Consumer<Topology> proceed, Runnable again) {
        PortPicker picker = editor.ports();
        CompletableFuture<List<PortMove>> check = CompletableFuture.supplyAsync(() -> BusyPorts.find(topology, picker));
        pending = check;
        check.whenComplete((busy, failure) -> Platform.runLater(() -> {
            if (pending != check) {
                return;
            }
            pending = null;
            if (editor.topology() != topology) {
                again.run();
                return;
            }
            // A failed check (it should not fail) must not keep the user from running.
            List<PortMove> moves = failure == null ? busy : List.of();
            if (moves.isEmpty() || resolve(moves)) {
                proceed.accept(editor.topology());
            }
        }));
    }

    /** Asks what to do about ports in use; true to go on with the run. */
    private boolean resolve(List<PortMove> busy) {
        Prompts asker = prompts.get();
        Prompts.BusyPorts answer = asker == null ? Prompts.BusyPorts.RUN_ANYWAY : asker.askBusyPorts(owner.get(), busy);
        switch (answer) {
            case USE_FREE_PORTS -> {
                if (!editor.execute(BusyPorts.move(busy))) {
                    return false;
                }
                for (PortMove m : busy) {
                    editor.log("Run: port " + m.port() + " of " + m.nodeId() + " is in use by another program; "
                            + m.nodeId() + " now binds " + m.replacement());
                }
                return true;
            }
            case RUN_ANYWAY -> {
                for (PortMove m : busy) {
                    editor.log("warning: port " + m.port() + " of " + m.nodeId()
                            + " is in use by another program; running anyway");
                }
                return true;
            }
            default -> {
                PortMove first = busy.getFirst();
                editor.status().info("Not run: port " + first.port() + " of " + first.nodeId()
                        + " is in use by another program");
                return false;
            }
        }
    }
}
