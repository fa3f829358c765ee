package dev.zmqstudio.app;

import dev.zmqstudio.cli.ExitCodes;

import java.io.File;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JavaFX as named modules, the only configuration JavaFX supports (on the class path it warns "Unsupported JavaFX
 * configuration" at every start). The installed app has JavaFX's modules in its runtime; {@code java -jar} has
 * them on the class path, so before a window opens the app is loaded once more, in this JVM, with JavaFX's jars as
 * a module layer and the class path above it. Headless commands never come here and never load JavaFX.
 */
final class JavaFxModules {
    static final List<String> ROOTS = List.of("javafx.controls", "javafx.swing");
    /** A class of each JavaFX module the app needs: its resource tells which jar holds the module's classes. */
    static final Map<String, String> MARKERS = markers();

    private JavaFxModules() {
    }

    private static Map<String, String> markers() {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("javafx.base", "javafx/beans/Observable.class");
        markers.put("javafx.graphics", "javafx/application/Platform.class");
        markers.put("javafx.controls", "javafx/scene/control/Control.class");
        markers.put("javafx.swing", "javafx/embed/swing/SwingFXUtils.class");
        return markers;
    }

    /** Whether the JavaFX that {@code loader}'s classes link to is named modules (module path, layer or runtime image). */
    static boolean named(ClassLoader loader) {
        try {
            return Class.forName("javafx.application.Platform", false, loader).getModule().isNamed();
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * Runs {@code main.main(args)} again from a fresh loader of the class path, above a layer of JavaFX's modules
     * taken from the jars that hold them ({@code lib/} beside the app's jar, or wherever the class path has them).
     * When that layer cannot be made (a JavaFX jar missing), says so in one line and exits 2.
     */
    static void rerun(Class<?> main, String[] args) {
        ClassLoader app;
        try {
            app = appLoader(main.getClassLoader());
        } catch (RuntimeException e) {
            System.err.println("error: cannot open a window: " + e.getMessage() + "; rebuild with mvn -DskipTests package");
            System.exit(ExitCodes.BAD_INPUT);
            return;
        }
        Thread.currentThread().setContextClassLoader(app);
        try {
            MethodHandle again = MethodHandles.publicLookup().findStatic(app.loadClass(main.getName()), "main",
                    MethodType.methodType(void.class, String[].class));
            again.invokeExact(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A loader of the class path above a layer of JavaFX's modules, from the jars where {@code classPath} finds JavaFX. */
    @SuppressWarnings("restricted") // granting native access is itself restricted: the jar's manifest enables it for the app
    static ClassLoader appLoader(ClassLoader classPath) {
        List<Path> jars = new ArrayList<>();
        MARKERS.forEach((module, marker) -> jars.add(jarOf(classPath, module, marker)));
        Configuration modules = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars.toArray(Path[]::new)),
                ModuleFinder.of(), ROOTS);
        ModuleLayer.Controller layer = ModuleLayer.defineModulesWithOneLoader(modules, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader());
        layer.layer().modules().forEach(layer::enableNativeAccess); // JavaFX loads its native libraries
        return new URLClassLoader("zmq-studio", classPathUrls(), layer.layer().findLoader("javafx.graphics"));
    }

    private static Path jarOf(ClassLoader loader, String module, String marker) {
        URL url = loader.getResource(marker);
        if (url == null || !"jar".equals(url.getProtocol())) {
            throw new IllegalStateException("JavaFX's " + module + " is not on the class path (no jar holds " + marker + ")");
        }
        String file = url.getPath();
        try {
            return Path.of(new URI(file.substring(0, file.indexOf("!/"))));
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("JavaFX's " + module + " is in a jar that cannot be read as a module: " + url, e);
        }
    }

    private static URL[] classPathUrls() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                try {
                    urls.add(Path.of(entry).toAbsolutePath().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException("class path entry " + entry + " is not a path", e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }
}
