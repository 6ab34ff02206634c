package org.returnwatch.desktop.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.exchange.Mapping;

/**
 * Where one case or incident field comes from: a column or a fixed value, and for a field with a
 * controlled list, what each value of the column becomes.
 */
public final class FieldMapping {
    private final String field;
    private final boolean incident;
    private final List<String> choices;
    private final StringProperty column = new SimpleStringProperty(this, "column");
    private final StringProperty fixed = new SimpleStringProperty(this, "fixed", "");
    private final StringProperty defaultValue = new SimpleStringProperty(this, "defaultValue");
    private final StringProperty separator = new SimpleStringProperty(this, "separator", "");
    private final ObjectProperty<Mapping.DateForm> dateForm =
            new SimpleObjectProperty<>(this, "dateForm", Mapping.DateForm.AUTO);
    private final ObservableList<ValueChoice> values = FXCollections.observableArrayList();
    /** The values of a loaded mapping file, applied to the column's values when they have been read. */
    private Map<String, String> wanted = Map.of();

    FieldMapping(String field, boolean incident, List<String> choices) {
        this.field = field;
        this.incident = incident;
        this.choices = List.copyOf(choices);
        // a column and a fixed value exclude each other: the rule takes one of them
        column.addListener((o, a, b) -> {
            if (b != null) {
                fixed.set("");
            }
        });
        fixed.addListener((o, a, b) -> {
            if (b != null && !b.isBlank()) {
                column.set(null);
            }
        });
    }

    public String field() {
        return field;
    }

    public String label() {
        return FieldNames.label(field);
    }

    public boolean isIncident() {
        return incident;
    }

    /** The controlled list the field's values must come from; empty for free text and dates. */
    public List<String> choices() {
        return choices;
    }

    public boolean hasChoices() {
        return !choices.isEmpty();
    }

    public boolean isDate() {
        return field.equals("date");
    }

    public boolean isList() {
        return field.equals("aliases");
    }

    /** The column read; null when the field is not imported from a column. */
    public StringProperty columnProperty() {
        return column;
    }

    public StringProperty fixedProperty() {
        return fixed;
    }

    public StringProperty defaultValueProperty() {
        return defaultValue;
    }

    public StringProperty separatorProperty() {
        return separator;
    }

    public ObjectProperty<Mapping.DateForm> dateFormProperty() {
        return dateForm;
    }

    public ObservableList<ValueChoice> values() {
        return values;
    }

    public boolean isMapped() {
        return column.get() != null || blankToNull(fixed.get()) != null;
    }

    /** Replaces the value rows with the column's distinct values, each pre-filled as well as can be guessed. */
    void showValues(Map<String, Integer> counts) {
        values.setAll(counts.entrySet().stream().filter(e -> !e.getKey().isEmpty())
                .map(e -> new ValueChoice(e.getKey(), e.getValue(), guess(e.getKey()))).toList());
    }

    private String guess(String value) {
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            if (ValueChoice.normal(w.getKey()).equals(ValueChoice.normal(value))) {
                return w.getValue();
            }
        }
        String spelled = choices.stream().filter(c -> ValueChoice.normal(c).equals(ValueChoice.normal(value)))
                .findFirst().orElse(null);
        return spelled != null ? spelled : wanted.get("*");
    }

    /** The rule for the mapping; null when the field is not imported. */
    Mapping.Rule rule() {
        String def = blankToNull(defaultValue.get());
        if (column.get() == null) {
            String value = blankToNull(fixed.get());
            return value == null ? null : Mapping.Rule.fixed(value);
        }
        return new Mapping.Rule(column.get(), null, null, valueMap(), def,
                isList() ? blankToNull(separator.get()) : null, isDate() ? dateForm.get() : null);
    }

    private Map<String, String> valueMap() {
        if (values.isEmpty()) {
            return wanted; // the values are still being read: keep what was loaded
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (ValueChoice v : values) {
            if (v.choice() != null && !v.spelledAsChoice()) {
                out.put(v.value(), v.choice());
            }
        }
        return out;
    }

    /** Sets every control from a loaded rule; null clears the field. */
    void fill(Mapping.Rule r) {
        wanted = r == null ? Map.of() : r.values();
        values.clear();
        defaultValue.set(r == null ? null : r.defaultValue());
        separator.set(r == null || r.separator() == null ? "" : r.separator());
        dateForm.set(r == null ? Mapping.DateForm.AUTO : r.dateForm());
        column.set(r == null ? null : r.column());
        fixed.set(r == null || r.value() == null ? "" : r.value());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
