package dev.zmqstudio.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/**
 * Reads JSON text into a located {@link Json} tree with Jackson's streaming parser. Stricter than
 * plain JSON where files are concerned: duplicate keys and content after the top-level object are
 * errors. Jackson's own parse errors are rephrased by {@link ParseErrorMessages}.
 */
final class JsonTreeReader {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final String source;
    private final JsonParser parser;
    /** Where each open object or array started, innermost last: names the culprit when the file ends early. */
    private final Deque<Json> open = new ArrayDeque<>();

    private JsonTreeReader(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    /** Parses {@code text}, which must hold exactly one JSON object. */
    static Json.Obj readObject(String text, String source) throws TopologyFormatException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new JsonTreeReader(source, parser).readDocument();
        } catch (IOException e) {
            // Parse errors are translated inside readDocument; only creating or closing the parser gets here.
            throw new TopologyFormatException(source, 0, 0, "cannot read the JSON: " + e.getMessage());
        }
    }

    private Json.Obj readDocument() throws TopologyFormatException {
        JsonToken first = next();
        if (first == null) {
            throw error(location(parser.currentLocation()), "the file is empty; expected a JSON object");
        }
        Json root = readValue(first);
        if (!(root instanceof Json.Obj object)) {
            throw error(root.location(), "expected a JSON object at the top level, found " + root.description());
        }
        rejectTrailingContent();
        return object;
    }

    private void rejectTrailingContent() throws TopologyFormatException {
        try {
            if (parser.nextToken() != null) {
                throw error(location(parser.currentTokenLocation()), ParseErrorMessages.TRAILING_CONTENT);
            }
        } catch (JsonProcessingException e) {
            throw error(location(e.getLocation() != null ? e.getLocation() : parser.currentLocation()),
                    ParseErrorMessages.TRAILING_CONTENT);
        } catch (IOException e) {
            throw error(location(parser.currentLocation()), e.getMessage());
        }
    }

    private Json readValue(JsonToken token) throws TopologyFormatException {
        Json.Location at = location(parser.currentTokenLocation());
        return switch (token) {
            case START_OBJECT -> readObjectBody(at);
            case START_ARRAY -> readArrayBody(at);
            case VALUE_STRING -> new Json.Str(at, text());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new Json.Num(at, decimal());
            case VALUE_TRUE -> new Json.Bool(at, true);
            case VALUE_FALSE -> new Json.Bool(at, false);
            case VALUE_NULL -> new Json.Null(at);
            default -> throw error(at, "unexpected " + token.asString());
        };
    }

    private Json.Obj readObjectBody(Json.Location at) throws TopologyFormatException {
        SequencedMap<String, Json.Member> members = new LinkedHashMap<>();
        Json.Obj object = new Json.Obj(at, members);
        open.push(object);
        for (JsonToken token = nextInside(); token != JsonToken.END_OBJECT; token = nextInside()) {
            String name = text();
            Json.Location keyAt = location(parser.currentTokenLocation());
            Json.Member earlier = members.get(name);
            if (earlier != null) {
                throw error(keyAt, "duplicate field \"" + name + "\" (first at " + earlier.keyLocation() + ")");
            }
            members.put(name, new Json.Member(name, keyAt, readValue(nextInside())));
        }
        open.pop();
        return object;
    }

    private Json.Arr readArrayBody(Json.Location at) throws TopologyFormatException {
        List<Json> items = new ArrayList<>();
        open.push(new Json.Arr(at, List.of()));
        for (JsonToken token = nextInside(); token != JsonToken.END_ARRAY; token = nextInside()) {
            items.add(readValue(token));
        }
        open.pop();
        return new Json.Arr(at, items);
    }

    /** Jackson reports a file ending inside a container itself; this guards against a quiet null anyway. */
    private JsonToken nextInside() throws TopologyFormatException {
        JsonToken token = next();
        if (token == null) {
            throw error(location(parser.currentLocation()), ParseErrorMessages.endsBeforeClosing(open.peek()));
        }
        return token;
    }

    private JsonToken next() throws TopologyFormatException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            throw parseError(e);
        } catch (IOException e) {
            throw error(location(parser.currentLocation()), e.getMessage());
        }
    }

    private TopologyFormatException parseError(JsonProcessingException e) {
        JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return error(location(where), ParseErrorMessages.rephrase(e, open.peek()));
    }

    /** Jackson reads a string's content lazily, so errors inside strings surface here, at the string. */
    private String text() throws TopologyFormatException {
        try {
            return parser.getText();
        } catch (JsonProcessingException e) {
            throw parseError(e);
        } catch (IOException e) {
            throw error(location(parser.currentTokenLocation()), e.getMessage());
        }
    }

    private BigDecimal decimal() throws TopologyFormatException {
        try {
            return parser.getDecimalValue();
        } catch (IOException e) {
            throw error(location(parser.currentTokenLocation()), "invalid number: " + e.getMessage());
        }
    }

    private static Json.Location location(JsonLocation where) {
        return new Json.Location(Math.max(where.getLineNr(), 0), Math.max(where.getColumnNr(), 0));
    }

    private TopologyFormatException error(Json.Location at, String problem) {
        return new TopologyFormatException(source, at.line(), at.column(), problem);
    }
}
