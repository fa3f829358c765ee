package dev.zmqstudio.ui.edit;

import dev.zmqstudio.model.Topology;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ids of the selected nodes, wires and links (ids are unique across the three). */
public final class Selection {

    private final ObservableSet<String> ids = FXCollections.observableSet(new LinkedHashSet<>());
    // One wrapper for everyone: it listens to the backing set weakly, so a fresh wrapper per call could be
    // collected together with the listeners added to it.
    private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(ids);

    public ObservableSet<String> ids() {
        return readOnly;
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public void selectOnly(String id) {
        selectOnly(List.of(id));
    }

    public void selectOnly(Collection<String> newIds) {
        if (ids.size() == newIds.size() && ids.containsAll(newIds)) {
            return;
        }
        ids.clear();
        ids.addAll(newIds);
    }

    public void add(Collection<String> more) {
        ids.addAll(more);
    }

    public void toggle(String id) {
        if (!ids.remove(id)) {
            ids.add(id);
        }
    }

    public void clear() {
        ids.clear();
    }

    /** The selected node ids that exist in {@code topology}, in topology order. */
    public List<String> nodeIds(Topology topology) {
        return topology.nodes().stream().map(n -> n.id()).filter(ids::contains).toList();
    }

    /** Drops ids that no longer exist (after undo, delete, open). */
    public void retainExisting(Topology topology) {
        Set<String> stale = new LinkedHashSet<>(ids);
        topology.nodes().forEach(n -> stale.remove(n.id()));
        topology.wires().forEach(w -> stale.remove(w.id()));
        topology.links().forEach(l -> stale.remove(l.id()));
        if (!stale.isEmpty()) {
            ids.removeAll(stale);
        }
    }

    /** The only selected id, or null when zero or several are selected. */
    public String single() {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }
}
