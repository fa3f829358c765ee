package dev.zmqstudio.ui;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** File dialogs that answer with queued paths (or "cancelled" when the queue is empty). */
final class FakeDialogs implements FileDialogs {

    final Deque<Path> answers = new ArrayDeque<>();
    int asked;

    @Override
    public Optional<Path> openTopology(Window owner, Path folder) {
        return next();
    }

    @Override
    public Optional<Path> saveTopology(Window owner, Path suggested) {
        return next();
    }

    @Override
    public Optional<Path> savePng(Window owner, Path suggested) {
        return next();
    }

    private Optional<Path> next() {
        asked++;
        return Optional.ofNullable(answers.poll());
    }
}
