package dev.zmqstudio.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topology file format as a reader wants it: every field of every part of the published JSON Schema with its
 * type and description, read from the schema itself so help never drifts from the format.
 */
public final class SchemaReference {
    static final String SCHEMA = "/dev/zmqstudio/io/topology.schema.json";

    /** One field: {@code part} is "topology", "generator", "wire", ...; {@code type} as a reader would say it. */
    public record Field(String part, String name, String type, String description) {
    }

    private SchemaReference() {
    }

    public static List<Field> fields() {
        Json.Obj schema = load();
        List<Field> fields = new ArrayList<>();
        addFields("topology", schema, fields);
        member(schema, "$defs").filter(Json.Obj.class::isInstance).map(Json.Obj.class::cast).ifPresent(defs ->
                defs.members().values().forEach(def -> {
                    if (def.value() instanceof Json.Obj obj) {
                        addFields(def.name(), obj, fields);
                    }
                }));
        return List.copyOf(fields);
    }

    private static void addFields(String part, Json.Obj def, List<Field> fields) {
        if (member(def, "properties").orElse(null) instanceof Json.Obj properties) {
            for (Json.Member property : properties.members().values()) {
                if (property.value() instanceof Json.Obj value) {
                    fields.add(new Field(part, property.name(), typeOf(value), text(member(value, "description"))));
                }
            }
        }
    }

    private static String typeOf(Json.Obj value) {
        Optional<Json> constant = member(value, "const");
        if (constant.isPresent()) {
            return scalar(constant.get());
        }
        if (member(value, "enum").orElse(null) instanceof Json.Arr values) {
            return "one of " + String.join(", ", values.items().stream().map(SchemaReference::scalar).toList());
        }
        if (member(value, "$ref").orElse(null) instanceof Json.Str ref) {
            return ref.value().replace("#/$defs/", "");
        }
        String type = text(member(value, "type"));
        if (type.equals("array") && member(value, "items").orElse(null) instanceof Json.Obj items) {
            return "list of " + typeOf(items);
        }
        if (!type.isEmpty()) {
            return type;
        }
        return member(value, "oneOf").isPresent() || member(value, "anyOf").isPresent() ? "see below" : "";
    }

    private static Optional<Json> member(Json.Obj obj, String name) {
        return Optional.ofNullable(obj.members().get(name)).map(Json.Member::value);
    }

    private static String text(Optional<Json> value) {
        return value.map(SchemaReference::scalar).orElse("");
    }

    private static String scalar(Json value) {
        return switch (value) {
            case Json.Str s -> s.value();
            case Json.Num n -> n.value().toPlainString();
            case Json.Bool b -> Boolean.toString(b.value());
            case Json.Arr a -> String.join(" or ", a.items().stream().map(SchemaReference::scalar).toList());
            default -> "";
        };
    }

    private static Json.Obj load() {
        try (InputStream in = SchemaReference.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema " + SCHEMA + " is missing from this build");
            }
            return JsonTreeReader.readObject(new String(in.readAllBytes(), StandardCharsets.UTF_8), "topology.schema.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TopologyFormatException e) {
            throw new IllegalStateException("the JSON Schema shipped with this build is broken: " + e.getMessage(), e);
        }
    }
}
