package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(5)
class UndoManagerTest {

    private final SimpleObjectProperty<Topology> target = new SimpleObjectProperty<>(Topology.empty(""));

    private static Edit rename(String name) {
        return new Edit("rename " + name, t -> t.withName(name));
    }

    @Test
    void dirtyFollowsThePositionInTheStack() {
        UndoManager m = new UndoManager(target, 10);
        assertFalse(m.isDirty());
        m.execute(rename("a"));
        assertTrue(m.isDirty());
        m.markSaved();
        assertFalse(m.isDirty());
        m.execute(rename("b"));
        assertTrue(m.isDirty());
        m.undo();
        assertFalse(m.isDirty(), "back where it was saved");
        m.undo();
        assertTrue(m.isDirty());
        m.redo();
        assertFalse(m.isDirty());
        assertEquals("a", target.get().name());
    }

    @Test
    void aNewEditAfterUndoLosesTheSavedStateForGood() {
        UndoManager m = new UndoManager(target, 10);
        m.execute(rename("a"));
        m.execute(rename("b"));
        m.markSaved();
        m.undo();
        m.execute(rename("c"));
        assertTrue(m.isDirty());
        m.undo();
        assertTrue(m.isDirty());
        assertEquals("a", target.get().name());
    }

    @Test
    void stacksAreBoundedAndTheOldestGoFirst() {
        UndoManager m = new UndoManager(target, 3);
        for (String n : new String[]{"a", "b", "c", "d", "e"}) {
            m.execute(rename(n));
        }
        m.undo();
        m.undo();
        m.undo();
        m.undo();
        assertEquals("b", target.get().name(), "only three steps are kept");
        assertFalse(m.canUndoProperty().get());
        assertTrue(m.isDirty(), "the clean state fell off the bottom");
    }

    @Test
    void aCommandMayNotRunAnotherCommand() {
        UndoManager m = new UndoManager(target, 10);
        RuntimeException[] refused = new RuntimeException[1];
        target.addListener((obs, o, n) -> {
            if (n.name().equals("a")) {
                refused[0] = assertThrows(IllegalStateException.class, () -> m.execute(rename("nested")));
            }
        });
        m.execute(rename("a"));
        assertEquals("a command may not run another command", refused[0].getMessage());
        assertEquals("a", target.get().name());
        m.undo();
        assertFalse(m.canUndoProperty().get(), "only the outer command was recorded");
    }

    @Test
    void revisionCountsEveryChange() {
        UndoManager m = new UndoManager(target, 10);
        int r0 = m.revisionProperty().get();
        m.execute(rename("a"));
        m.undo();
        m.redo();
        assertEquals(r0 + 3, m.revisionProperty().get());
        assertEquals("rename a", m.undoDescription().orElseThrow());
    }
}
