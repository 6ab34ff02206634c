package org.returnwatch.desktop.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;

/** Rows owned by a record and edited with it: an agreement's status history, a series' data points. */
public record ChildTable<R>(String title, ObservableList<R> rows, List<Column<R>> columns, Supplier<R> newRow,
                            Function<R, String> problem) {

    /**
     * One column: its heading, the row's property, and the choices when it is a drop-down (a live list,
     * so choices read from the database later still show), each shown as {@code show} writes it.
     */
    public record Column<R>(String heading, Function<R, Property<?>> property, List<?> choices,
                            Function<Object, String> show) {

        public Column(String heading, Function<R, Property<?>> property, List<?> choices) {
            this(heading, property, choices, Column::words);
        }

        /** Labelled values (statuses, qualifiers) in their words, anything else as it writes itself. */
        public static String words(Object value) {
            return value == null ? "" : value instanceof org.returnwatch.domain.Labelled l
                    ? org.returnwatch.i18n.Localization.label(l)
                    : value.toString();
        }
    }

    public void addRow() {
        rows.add(newRow.get());
    }

    /** A new row with the values of {@code row}, placed after it (Ctrl+D on the row). */
    @SuppressWarnings("unchecked")
    public R duplicateRow(R row) {
        R copy = newRow.get();
        for (Column<R> c : columns) {
            ((Property<Object>) c.property().apply(copy)).setValue(c.property().apply(row).getValue());
        }
        rows.add(rows.indexOf(row) + 1, copy);
        return copy;
    }

    /** Every row's problem, one per line; empty when all rows are fine. */
    public List<String> problems() {
        return rows.stream().map(problem).filter(p -> p != null).toList();
    }
}
