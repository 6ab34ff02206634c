package org.returnwatch.desktop.mapping;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One distinct value of a column, how often it occurs, and the list entry it becomes (null: kept as written). */
public final class ValueChoice {
    private final String value;
    private final int count;
    private final ObjectProperty<String> choice = new SimpleObjectProperty<>(this, "choice");

    public ValueChoice(String value, int count, String choice) {
        this.value = value;
        this.count = count;
        this.choice.set(choice);
    }

    public String value() {
        return value;
    }

    public int count() {
        return count;
    }

    public ObjectProperty<String> choiceProperty() {
        return choice;
    }

    public String choice() {
        return choice.get();
    }

    /** The import compares values ignoring case and spacing; underscores stand for spaces in list codes. */
    static String normal(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
    }

    /** True when the value already reads as {@code choice}, so a mapping file needs no entry for it. */
    boolean spelledAsChoice() {
        return choice.get() != null && normal(value).equals(normal(choice.get()));
    }
}
