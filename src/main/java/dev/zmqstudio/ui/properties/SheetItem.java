package dev.zmqstudio.ui.properties;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One row of the property sheet. Editing never writes a field: {@link #commit} hands the new value to
 * {@code apply}, which runs an undoable edit and returns null, or returns why the value is refused.
 */
public final class SheetItem implements PropertySheet.Item {

    /** {@code LINES}: multi-line text, one item per line (a message's frames). */
    public enum Kind { TEXT, LINES, PROSE, INTEGER, NUMBER, CHOICE, BOOLEAN, READ_ONLY }

    private final String key;
    private final String category;
    private final String name;
    private final String description;
    private final Kind kind;
    private final List<String> choices;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private final Function<Object, String> apply;

    public SheetItem(String key, String category, String name, String description, Kind kind, List<String> choices,
                     Object value, Function<Object, String> apply) {
        this.key = key;
        this.category = category;
        this.name = name;
        this.description = description;
        this.kind = kind;
        this.choices = List.copyOf(choices);
        this.value.set(value);
        this.apply = apply;
    }

    public static SheetItem readOnly(String key, String category, String name, Object value) {
        return new SheetItem(key, category, name, "", Kind.READ_ONLY, List.of(), value, v -> "read-only");
    }

    /** Applies an edited value; returns null when accepted, else the reason. */
    public String commit(Object newValue) {
        if (kind == Kind.READ_ONLY) {
            return name + " cannot be changed here";
        }
        return apply.apply(newValue);
    }

    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    public List<String> choices() {
        return choices;
    }

    public ObjectProperty<Object> valueProperty() {
        return value;
    }

    @Override
    public Class<?> getType() {
        return switch (kind) {
            case BOOLEAN -> Boolean.class;
            case INTEGER -> Long.class;
            case NUMBER -> Double.class;
            default -> String.class;
        };
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Object getValue() {
        return value.get();
    }

    /** Called by ControlsFX only; our editors commit instead, so a stray call just refreshes the shown value. */
    @Override
    public void setValue(Object newValue) {
        value.set(newValue);
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.of(value);
    }

    @Override
    public boolean isEditable() {
        return kind != Kind.READ_ONLY;
    }
}
