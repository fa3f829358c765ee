package dev.zmqstudio.boot;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The jar's Main-Class. Compiled with {@code --release 17}, so {@code java -jar zmq-studio.jar} works whatever
 * {@code java} is first on the PATH: Java 25 or newer runs the app in this JVM; an older Java starts it on a JDK 25
 * found in JAVA_HOME or the usual JDK folders, with the same options and arguments, or explains in one line.
 */
public final class Boot {
    /** The Java the app is compiled for. */
    public static final int REQUIRED = 25;
    static final String APP_MAIN = "dev.zmqstudio.app.Main";
    /** Set on the JVM this class starts, so that a JDK that is not what its release file says cannot loop. */
    static final String RELAUNCHED_PROPERTY = "zmqstudio.boot.relaunched";
    static final int BAD_USAGE = 2;

    private Boot() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running >= REQUIRED) {
            appMain().invokeExact(args);
            return;
        }
        JdkFinder finder = JdkFinder.fromEnvironment();
        Optional<Jdk> jdk = System.getProperty(RELAUNCHED_PROPERTY) == null ? finder.find(REQUIRED) : Optional.empty();
        if (jdk.isEmpty()) {
            System.err.println(finder.notFound(running, Path.of(System.getProperty("java.home")), REQUIRED));
            System.exit(BAD_USAGE);
        }
        System.exit(Relaunch.ofThisJvm(RELAUNCHED_PROPERTY).on(jdk.get().java()).run(args));
    }

    private static MethodHandle appMain() throws ReflectiveOperationException {
        Class<?> main = Class.forName(APP_MAIN);
        return MethodHandles.publicLookup().findStatic(main, "main", MethodType.methodType(void.class, String[].class));
    }
}
