package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;

/**
 * One field of a record form: what the view shows (label, kind of control, choices) and what is
 * wrong with a value, so that the view can mark it and the view model can refuse to save.
 */
public record FormField(String label, Control control, Property<?> property, List<?> choices,
                        Function<Object, String> problem) {

    /** The kind of control the view makes for the field. */
    public enum Control { TEXT, AREA, CHOICE, CHECK }

    public static FormField text(String label, Property<String> p) {
        return new FormField(label, Control.TEXT, p, List.of(), v -> null);
    }

    public static FormField required(String label, Property<String> p) {
        return new FormField(label, Control.TEXT, p, List.of(),
                v -> v == null || v.toString().isBlank() ? lang("{0} is required.", label) : null);
    }

    public static FormField checked(String label, Property<String> p, Function<String, String> problem) {
        return new FormField(label, Control.TEXT, p, List.of(), v -> problem.apply(v == null ? "" : v.toString()));
    }

    public static FormField area(String label, Property<String> p) {
        return new FormField(label, Control.AREA, p, List.of(), v -> null);
    }

    public static <E> FormField choice(String label, Property<E> p, List<E> choices) {
        return new FormField(label, Control.CHOICE, p, choices, v -> v == null ? lang("{0} is required.", label)
                : null);
    }

    public static FormField check(String label, Property<Boolean> p) {
        return new FormField(label, Control.CHECK, p, List.of(), v -> null);
    }

    /** What is wrong with the field's current value, or null. */
    public String currentProblem() {
        return problem.apply(property.getValue());
    }
}
