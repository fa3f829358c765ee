package dev.zmqstudio.ui.theme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@Timeout(5)
class ThemeSettingTest {

    private final MemoryPreferences prefs = new MemoryPreferences();

    @Test
    void aNewUserFollowsTheDesktopAndAChoiceIsRememberedForTheNextStart() {
        ThemeSetting first = ThemeSetting.storedIn(prefs);
        assertEquals(ThemeChoice.SYSTEM, first.choice());
        first.choose(ThemeChoice.DARK);
        assertEquals("dark", prefs.get("theme", null));
        assertEquals(ThemeChoice.DARK, ThemeSetting.storedIn(prefs).choice());
        first.choose(ThemeChoice.LIGHT);
        assertEquals(ThemeChoice.LIGHT, ThemeSetting.storedIn(prefs).choice());
    }

    @Test
    void aStoredValueThisVersionDoesNotKnowFallsBackToFollowingTheDesktop() {
        prefs.put("theme", "solarized");
        assertEquals(ThemeChoice.SYSTEM, ThemeSetting.storedIn(prefs).choice());
    }

    @Test
    void anInMemorySettingWritesNothing() {
        ThemeSetting setting = ThemeSetting.inMemory(ThemeChoice.DARK);
        setting.choose(ThemeChoice.LIGHT);
        assertEquals(ThemeChoice.LIGHT, setting.choice());
        assertNull(prefs.get("theme", null));
    }
}
