package dev.zmqstudio.io;

import java.math.BigDecimal;
import java.util.List;
import java.util.SequencedMap;

/**
 * A JSON value that remembers where it starts in the file, so every error can point at the token
 * that caused it. Built by {@link JsonTreeReader}; read by {@link FieldReader}.
 */
sealed interface Json {

    Location location();

    /** How this value is described in "found ..." messages. */
    String description();

    /** A 1-based line and column. */
    record Location(int line, int column) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column;
        }
    }

    /** One field of an object; {@code keyLocation} points at the field name. */
    record Member(String name, Location keyLocation, Json value) {
    }

    /** An object; members keep their file order. */
    record Obj(Location location, SequencedMap<String, Member> members) implements Json {
        @Override
        public String description() {
            return "an object";
        }
    }

    record Arr(Location location, List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String description() {
            return "an array";
        }
    }

    record Str(Location location, String value) implements Json {
        @Override
        public String description() {
            return "a string";
        }
    }

    record Num(Location location, BigDecimal value) implements Json {
        @Override
        public String description() {
            return "a number";
        }
    }

    record Bool(Location location, boolean value) implements Json {
        @Override
        public String description() {
            return value ? "true" : "false";
        }
    }

    record Null(Location location) implements Json {
        @Override
        public String description() {
            return "null";
        }
    }
}
