package dev.zmqstudio.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The image every host of a deployment runs, as a Docker build context: the {@code Dockerfile}, the app's own files
 * copied into {@code app/} ({@link AppFiles}) and, for a jar, the {@code zmq-studio} launcher. The image holds the
 * app only; the topology and its keys come from the deployment, so one image serves every host and topology of
 * this app version.
 */
final class ImageFiles {
    static final String APP_FOLDER = "app";
    static final String INSTALL_FOLDER = "/opt/zmq-studio";
    static final String DEBIAN = "debian:bookworm-slim";
    static final String TEMURIN = "eclipse-temurin:25-jre";
    private static final String LAUNCHER = "zmq-studio.sh";

    private ImageFiles() {
    }

    /** The files of the build context, and the app copied into {@code app/} when there is one to copy. */
    static ExportResult of(AppFiles app, String header) {
        List<ExportedFile> files = new ArrayList<>();
        files.add(new ExportedFile("Dockerfile", dockerfile(app, header)));
        if (app.form() != AppFiles.Form.INSTALLED) {
            files.add(new ExportedFile(LAUNCHER, launcher()));
        }
        List<CopiedFiles> copies = app.sources().isEmpty() ? List.of() : List.of(new CopiedFiles(APP_FOLDER, app.sources()));
        List<String> notes = app.form() == AppFiles.Form.NONE
                ? List.of("the app's files: this app runs from a build folder, not a jar; build the jar (mvn package) and"
                        + " copy target/zmq-studio.jar and target/lib/ into " + APP_FOLDER + "/ before building the image")
                : List.of();
        return new ExportResult(files, copies, notes);
    }

    private static String dockerfile(AppFiles app, String header) {
        StringBuilder b = new StringBuilder("# ").append(header).append("\n");
        if (app.form() == AppFiles.Form.INSTALLED) {
            b.append("# ZMQ Studio ").append(app.version()).append(" as installed: its launcher, jlink runtime and jars (app/),\n")
                    .append("# on a plain Debian. The image holds the app only: each service or pod mounts its topology.\n")
                    .append("FROM ").append(DEBIAN).append("\n")
                    .append("COPY ").append(APP_FOLDER).append("/ ").append(INSTALL_FOLDER).append("/\n")
                    .append("RUN ln -s ").append(INSTALL_FOLDER).append("/bin/zmq-studio /usr/local/bin/zmq-studio")
                    .append(" && mkdir -p ").append(HostCommand.KEYS).append(" ").append(HostCommand.OUTPUT).append("\n");
        } else {
            b.append("# ZMQ Studio ").append(app.version()).append(": its jar and lib/ (app/) on Eclipse Temurin's Java 25 runtime.\n")
                    .append("# The image holds the app only: each service or pod mounts its topology.\n")
                    .append("FROM ").append(TEMURIN).append("\n")
                    .append("COPY ").append(APP_FOLDER).append("/ ").append(INSTALL_FOLDER).append("/\n")
                    .append("COPY ").append(LAUNCHER).append(" /usr/local/bin/zmq-studio\n")
                    .append("RUN mkdir -p ").append(HostCommand.KEYS).append(" ").append(HostCommand.OUTPUT).append("\n");
        }
        String program = app.form() == AppFiles.Form.INSTALLED ? INSTALL_FOLDER + "/bin/zmq-studio" : "/usr/local/bin/zmq-studio";
        return b.append("WORKDIR ").append(HostCommand.OUTPUT).append("\n")
                .append("ENTRYPOINT [\"").append(program).append("\"]\n")
                .append("CMD [\"--help\"]\n").toString();
    }

    /** exec: the JVM becomes the container's first process, so a stop (SIGTERM) reaches it. */
    private static String launcher() {
        return "#!/bin/sh\n"
                + "# zmq-studio in the image: the app's jar with the options of its installed launcher.\n"
                + "exec java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "
                + INSTALL_FOLDER + "/" + AppFiles.JAR + " \"$@\"\n";
    }
}
