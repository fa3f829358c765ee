/**
 * The jar's entry point, compiled for Java 17 so that an older {@code java} can run it and say what to do: on
 * Java 25 or newer it hands over to {@code dev.zmqstudio.app.Main} in the same JVM; on an older one it starts the
 * app on a JDK 25 it finds, or prints one line and exits 2. Depends on the JDK only (the app is reached by name).
 */
package dev.zmqstudio.boot;
