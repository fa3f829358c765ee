package dev.zmqstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URL;
import java.net.URLClassLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a window's JavaFX comes from: on the class path (as here, and as `java -jar` has it) it is unnamed, which
 * JavaFX warns about; the app loaded again above the layer sees JavaFX's named modules. No JavaFX is started.
 */
@Timeout(60)
class JavaFxModulesTest {

    @Test
    void theAppAboveTheLayerSeesJavaFxAsNamedModules() throws Exception {
        ClassLoader classPath = getClass().getClassLoader();
        assertFalse(JavaFxModules.named(classPath), "the tests load JavaFX from the class path");

        ClassLoader app = JavaFxModules.appLoader(classPath);
        assertTrue(JavaFxModules.named(app));
        Class<?> platform = Class.forName("javafx.application.Platform", false, app);
        assertEquals("javafx.graphics", platform.getModule().getName());
        assertTrue(platform.getModule().getLayer().modules().stream().map(Module::getName).toList()
                .containsAll(JavaFxModules.ROOTS));
        Class<?> main = app.loadClass(Main.class.getName());
        assertNotSame(Main.class, main, "the app is loaded again, from the new loader");
        assertFalse(main.getModule().isNamed());
        assertTrue(main.getModule().canRead(platform.getModule()));
    }

    @Test
    void withoutJavaFxOnTheClassPathTheReasonNamesTheMissingModule() {
        ClassLoader nothing = new URLClassLoader(new URL[0], null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JavaFxModules.appLoader(nothing));
        assertEquals("JavaFX's javafx.base is not on the class path (no jar holds javafx/beans/Observable.class)", e.getMessage());
        assertFalse(JavaFxModules.named(nothing));
    }
}
