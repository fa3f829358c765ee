package dev.zmqstudio.deploy;

import com.fasterxml.jackson.databind.JsonNode;

/** The numbers of a run's report a user compares between two runs: nodes' counts and states, wires', links'. */
public final class ReportParts {
    private ReportParts() {
    }

    public static String of(JsonNode report) {
        StringBuilder s = new StringBuilder();
        report.get("nodes").properties().forEach(e -> s.append(e.getKey()).append(' ')
                .append(e.getValue().get("sent")).append('/').append(e.getValue().get("received")).append(' ')
                .append(e.getValue().get("state")).append(' ').append(e.getValue().get("aggregate")).append('\n'));
        report.get("wires").properties().forEach(e -> s.append(e.getKey()).append(' ')
                .append(e.getValue().get("messages")).append(' ').append(e.getValue().get("state")).append('\n'));
        s.append(report.get("links"));
        return s.toString();
    }
}
