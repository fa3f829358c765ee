package dev.zmqstudio.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@Timeout(5)
class LaunchOptionsTest {

    @Test
    void fileRunAndScreenshot() {
        assertEquals(new LaunchOptions(Path.of("a.json"), true, Path.of("out.png")),
                LaunchOptions.parse(List.of("a.json", "--run", "--screenshot", "out.png")));
        assertEquals(new LaunchOptions(null, false, null), LaunchOptions.parse(List.of()));
    }

    @Test
    void aThemeForThisLaunch() {
        assertEquals(new LaunchOptions(Path.of("a.json"), false, Path.of("out.png"), dev.zmqstudio.ui.theme.ThemeChoice.DARK),
                LaunchOptions.parse(List.of("a.json", "--theme", "dark", "--screenshot", "out.png")));
        assertEquals(dev.zmqstudio.ui.theme.ThemeChoice.SYSTEM, LaunchOptions.parse(List.of("--theme", "system")).theme());
        assertEquals("--theme needs light, dark or system, not blue",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--theme", "blue"))).getMessage());
        assertEquals("--theme needs light, dark or system",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.json", "--theme"))).getMessage());
    }

    @Test
    void aScreenshotMaySelectSomethingAndOpenATab() {
        LaunchOptions o = LaunchOptions.parse(List.of("a.json", "--run", "--select", "w1", "--tab", "live", "--screenshot", "x.png"));
        assertEquals("w1", o.select());
        assertEquals(LaunchOptions.BottomTab.LIVE, o.tab());
        assertEquals("--tab needs console, problems, faults, live or messages, not charts",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--tab", "charts"))).getMessage());
        assertEquals("--select needs the id of a node, wire or link",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.json", "--select", "--run"))).getMessage());
    }

    @Test
    void theMessagesTabIsARecordingsOnly() {
        assertEquals(LaunchOptions.BottomTab.MESSAGES,
                LaunchOptions.parse(List.of("run.zsrec", "--tab", "messages", "--screenshot", "x.png")).tab());
        assertEquals("--tab messages shows the messages of a recording: give a recording (a .zsrec file) instead of a.json",
                assertThrows(IllegalArgumentException.class,
                        () -> LaunchOptions.parse(List.of("a.json", "--run", "--tab", "messages", "--screenshot", "x.png"))).getMessage());
    }

    @Test
    void badUsageSaysWhatIsExpected() {
        assertEquals("--screenshot needs a file name, like --screenshot out.png",
                assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.json", "--screenshot"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse(List.of("a.json", "b.json")));
    }
}
