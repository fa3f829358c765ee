package dev.zmqstudio.ui;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Live tab shows every frame of the last messages, as text, hex or JSON. */
@ExtendWith(ApplicationExtension.class)
@Timeout(60)
class LiveFramesTest extends SimulationFixture {
    @Start
    void start(Stage stage) {
        openWithSimulation(stage);
    }

    private List<String> recent(FxRobot robot) {
        return fx(() -> List.copyOf(robot.lookup("#live-messages").queryAs(ListView.class).getItems()).stream()
                .map(Object::toString).toList());
    }

    @Test
    void theSubscribersLastMessagesShowTheTopicFrameAndTheDataFrame(FxRobot robot) throws Exception {
        load(FreePortExamples.load("pubsub-envelope.json"));
        robot.clickOn("#run");
        robot.clickOn("#node-subscriber");
        robot.clickOn("#live-tab");
        waitUntil(20, () -> !recent(robot).isEmpty());
        assertTrue(recent(robot).stream().allMatch(m -> m.startsWith("[B][We would like to see this]    1 + 25 B    (publisher → subscriber)")),
                recent(robot).toString());
        @SuppressWarnings("unchecked")
        ChoiceBox<Object> view = robot.lookup("#live-frames-view").queryAs(ChoiceBox.class);
        fx(() -> view.getSelectionModel().select(1));
        assertTrue(recent(robot).getFirst().startsWith("[0x42][0x57652077"), recent(robot).getFirst());
        fx(() -> view.getSelectionModel().select(2));
        assertTrue(recent(robot).getFirst().startsWith("[\"B\",\"We would like to see this\"]"), recent(robot).getFirst());
    }
}
