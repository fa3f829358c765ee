package dev.zmqstudio.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a topology can be exported as: {@code export FILE --to KIND}. */
public enum ExportKind {
    MERMAID("mermaid", "a Mermaid flowchart (.mmd)"),
    DOT("dot", "a Graphviz DOT graph (.dot)"),
    SVG("svg", "the diagram as the designer draws it, as SVG (.svg)"),
    PDF("pdf", "the diagram as the designer draws it, as PDF (.pdf)"),
    PYZMQ("pyzmq", "Python programs with pyzmq, one per process, and run_all.sh"),
    JAVA("java", "Java programs with JeroMQ, one per process (JDK 25 source files), and run_all.sh"),
    COMPOSE("compose", "Docker Compose: a service per host running its nodes, the image's Dockerfile and the app's files"),
    KUBERNETES("kubernetes", "Kubernetes: a ConfigMap with the topology, a Service per bind, a Deployment per host, the image's Dockerfile");

    private final String key;
    private final String description;

    ExportKind(String key, String description) {
        this.key = key;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** Drawn by the designer ({@link DiagramPictures}), not written from the topology alone. */
    public boolean drawn() {
        return this == SVG || this == PDF;
    }

    /** Runs the topology on several machines ({@link DeploymentExport}): needs its file's name and the app's files. */
    public boolean deployment() {
        return this == COMPOSE || this == KUBERNETES;
    }

    public static Optional<ExportKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "mermaid, dot" */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(ExportKind::key).toList());
    }
}
