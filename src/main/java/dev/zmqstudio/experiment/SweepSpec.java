package dev.zmqstudio.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zmqstudio.model.ScenarioTime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An experiment: a generator kind with its options, the options to vary (every combination is a cell), how long each
 * cell runs and how often. For example
 * {@code {"name": "quick", "kind": "tree", "options": {"rate": 10, "hopMs": 2}, "vary": {"depth": [2, 3],
 * "fanout": [2, 3], "mode": ["direct", "broker"]}, "duration": "5s", "repetitions": 1}}.
 */
public record SweepSpec(String name, String description, String kind, Map<String, Object> options,
                        Map<String, List<Object>> vary, long durationMillis, int repetitions, String series, String x) {

    /** The generator options a spec may set or vary, with whether each is a word (else a whole number). */
    static final Map<String, Boolean> OPTIONS = optionKinds();
    static final Set<String> FIELDS = Set.of("name", "description", "kind", "options", "vary", "duration", "repetitions",
            "series", "x");
    static final int MAX_CELLS = 200;
    static final int MAX_REPETITIONS = 20;

    private static Map<String, Boolean> optionKinds() {
        Map<String, Boolean> o = new LinkedHashMap<>();
        for (String n : List.of("workers", "publishers", "subscribers", "topics", "depth", "fanout", "hopMs", "rate",
                "count")) {
            o.put(n, false);
        }
        o.put("mode", true);
        return o;
    }

    /** Reads and checks a spec; a mistake is one {@link SpecException} naming the file, where, and how to fix it. */
    public static SweepSpec load(Path file) throws SpecException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new SpecException(file + ": cannot read the file: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SpecException(file + (at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr()) + ": "
                    + e.getOriginalMessage());
        }
        return parse(root, file.toString());
    }

    static SweepSpec parse(JsonNode root, String source) throws SpecException {
        Checker c = new Checker(source);
        if (root == null || !root.isObject()) {
            throw c.fail("", "a sweep spec is a JSON object");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!FIELDS.contains(f)) {
                throw c.fail(f, "is not a field of a sweep spec; allowed: " + String.join(", ", FIELDS.stream().sorted().toList()));
            }
        }
        String name = c.text(root, "name", null);
        if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw c.fail("name", "must be 1 to 64 letters, digits, '.', '_' or '-' (it names files)");
        }
        String kind = c.text(root, "kind", null);
        if (!List.of("pipeline", "fanout", "pubsub", "tree").contains(kind)) {
            throw c.fail("kind", "must be pipeline, fanout, pubsub or tree, not " + kind);
        }
        Map<String, Object> options = new LinkedHashMap<>();
        JsonNode given = root.path("options");
        if (!given.isMissingNode()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = c.object(given, "options").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                options.put(e.getKey(), c.value("options." + e.getKey(), e.getKey(), e.getValue()));
            }
        }
        Map<String, List<Object>> vary = new LinkedHashMap<>();
        long cells = 1;
        for (Iterator<Map.Entry<String, JsonNode>> it = c.object(root.path("vary"), "vary").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "vary." + e.getKey();
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw c.fail(where, "must be a non-empty array of the values to try");
            }
            if (options.containsKey(e.getKey())) {
                throw c.fail(where, "is also in \"options\"; set it in one place");
            }
            List<Object> values = new ArrayList<>();
            for (JsonNode v : e.getValue()) {
                values.add(c.value(where, e.getKey(), v));
            }
            vary.put(e.getKey(), values);
            cells *= values.size();
        }
        if (vary.isEmpty()) {
            throw c.fail("vary", "names no option to vary; give at least one, e.g. \"vary\": {\"depth\": [2, 3]}");
        }
        boolean fullSpeed = Long.valueOf(0).equals(options.get("rate"))
                || vary.getOrDefault("rate", List.of()).contains(0L);
        if (fullSpeed && !options.containsKey("count") && !vary.containsKey("count")) {
            throw c.fail("options.count", "is needed with a rate of 0 (full speed): how many messages each generator sends");
        }
        long duration = ScenarioTime.parseMillis(c.text(root, "duration", "5s"));
        if (duration < 500 || duration > 600_000) {
            throw c.fail("duration", "must be a time from 500ms to 10m, e.g. \"5s\"");
        }
        int repetitions = root.path("repetitions").isMissingNode() ? 1 : root.path("repetitions").asInt(-1);
        if (!root.path("repetitions").isMissingNode() && !root.path("repetitions").canConvertToInt()
                || repetitions < 1 || repetitions > MAX_REPETITIONS) {
            throw c.fail("repetitions", "must be a whole number from 1 to " + MAX_REPETITIONS);
        }
        if (cells * repetitions > MAX_CELLS) {
            throw c.fail("vary", "makes " + cells * repetitions + " runs; at most " + MAX_CELLS + " (vary less, or fewer repetitions)");
        }
        String series = c.text(root, "series", vary.containsKey("mode") ? "mode" : "");
        if (!series.isEmpty() && !vary.containsKey(series)) {
            throw c.fail("series", "must name a varied option (" + String.join(", ", vary.keySet()) + "), not " + series);
        }
        String x = c.text(root, "x", kind.equals("tree") ? "hosts" : firstNumeric(vary));
        if (!x.equals("hosts") && !(vary.containsKey(x) && !OPTIONS.get(x))) {
            throw c.fail("x", "must be \"hosts\" or a varied number option, not " + x);
        }
        SweepSpec spec = new SweepSpec(name, c.text(root, "description", ""), kind, options, vary, duration, repetitions,
                series, x);
        for (Map<String, Object> cell : spec.grid()) {
            try {
                CellTopology.of(spec, cell, FIRST_CHECK_PORT);
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw c.fail("vary", "makes a run the generator refuses (" + SweepReport.describe(cell) + "): " + e.getMessage());
            }
        }
        return spec;
    }

    /** Any port: only whether each run's topology can be made is checked at parse time. */
    private static final int FIRST_CHECK_PORT = 20_000;

    private static String firstNumeric(Map<String, List<Object>> vary) {
        return vary.keySet().stream().filter(k -> !OPTIONS.get(k)).findFirst().orElse("hosts");
    }

    /** Every combination of the varied values, in the order they are written (the last varies fastest). */
    public List<Map<String, Object>> grid() {
        List<Map<String, Object>> cells = new ArrayList<>();
        cells.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<Object>> e : vary.entrySet()) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> cell : cells) {
                for (Object v : e.getValue()) {
                    Map<String, Object> more = new LinkedHashMap<>(cell);
                    more.put(e.getKey(), v);
                    next.add(more);
                }
            }
            cells = next;
        }
        return cells;
    }

    /** The option's value in a cell: varied, else set, else {@code fallback}. */
    Object option(Map<String, Object> cell, String option, Object fallback) {
        return cell.containsKey(option) ? cell.get(option) : options.getOrDefault(option, fallback);
    }

    /** Reads fields and says exactly what is wrong with one. */
    private record Checker(String source) {
        SpecException fail(String field, String problem) {
            return new SpecException(source + ": " + (field.isEmpty() ? "" : "\"" + field + "\" ") + problem);
        }

        String text(JsonNode root, String field, String fallback) throws SpecException {
            JsonNode v = root.path(field);
            if (v.isMissingNode()) {
                if (fallback == null) {
                    throw fail(field, "is missing; it is required");
                }
                return fallback;
            }
            if (!v.isTextual()) {
                throw fail(field, "must be a string");
            }
            return v.asText();
        }

        JsonNode object(JsonNode v, String field) throws SpecException {
            if (!v.isObject()) {
                throw fail(field, v.isMissingNode() ? "is missing; it is required" : "must be an object");
            }
            return v;
        }

        Object value(String where, String option, JsonNode v) throws SpecException {
            Boolean word = OPTIONS.get(option);
            if (word == null) {
                throw fail(where, "is not a generator option; options: " + String.join(", ", OPTIONS.keySet()));
            }
            if (word) {
                if (!v.isTextual() || !List.of("direct", "broker").contains(v.asText())) {
                    throw fail(where, "takes \"direct\" or \"broker\"");
                }
                return v.asText();
            }
            if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0 || v.asLong() > 1_000_000) {
                throw fail(where, "takes whole numbers from 0 to 1000000");
            }
            return v.asLong();
        }
    }
}
