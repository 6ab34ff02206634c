package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/**
 * Controls the screens make alike: dialogs with the app's style, wrapping labels, table columns, converters,
 * filters.
 */
public final class Controls {
    private Controls() {
    }

    /**
     * Gives a dialog the program's own stylesheet: a dialog has a scene of its own, which the main
     * window's stylesheet does not reach, and without it the theme caps every dialog at 600 pixels wide.
     */
    public static <D extends javafx.scene.control.Dialog<?>> D styled(D dialog) {
        String own = org.returnwatch.desktop.common.Theme.ownStylesheet();
        if (own != null) {
            dialog.getDialogPane().getStylesheets().add(own);
        }
        return dialog;
    }

    /**
     * A label whose text wraps. Its minimum height is its full height: a wrapped label in a dialog is
     * otherwise given one line's height, and the control below covers the rest.
     */
    public static javafx.scene.control.Label wrapping(String text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A read-only column whose cells show {@code value} of the row; empty while the row is being read. */
    public static <S, T> TableColumn<S, T> column(String heading, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(heading);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null
                : value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /**
     * A column of reference codes that a narrow window never shrinks below the widest code a list
     * holds ("RW-SRC-10000"), measured in the text size the window uses, so no code is cut to "RW-C-0…".
     */
    public static <S> TableColumn<S, String> referenceColumn(String heading, Function<S, String> value) {
        return fittedColumn(heading, value, java.util.List.of("RW-SRC-10000"));
    }

    /**
     * A column that a narrow window never shrinks below the widest of {@code values}, the values it can show
     * (a controlled list's words, a date and time, a code), measured in the text size the window uses.
     */
    public static <S> TableColumn<S, String> fittedColumn(String heading, Function<S, String> value,
            java.util.Collection<String> values) {
        TableColumn<S, String> c = column(heading, value, 0);
        javafx.scene.text.Font font = javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                Theme.rootFontPixels(System.getenv(), javafx.scene.text.Font.getDefault().getSize()));
        double widest = 0;
        for (String v : values) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(v);
            text.setFont(font);
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        // the cell's padding either side and the column's own border
        double width = Math.ceil(widest) + 28;
        c.setMinWidth(width);
        c.setPrefWidth(width);
        return c;
    }

    /** Redraws the table's rows when a page of a {@link PagedList} arrives: tables ignore "updated" changes. */
    public static <T> void redrawOnArrival(javafx.scene.control.TableView<T> table) {
        table.getItems().addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    table.refresh();
                    return;
                }
            }
        });
    }

    public static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : show.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A ControlsFX multi-choice filter whose checked items are copied into {@code chosen}. */
    public static <T> CheckComboBox<T> filter(String title, ObservableList<T> items, ObservableList<T> chosen,
                                              Function<T, String> show) {
        CheckComboBox<T> box = new CheckComboBox<>(items);
        box.setConverter(converter(show));
        ObservableList<T> checked = box.getCheckModel().getCheckedItems();
        boolean[] syncing = {false};
        Runnable retitle = () -> {
            int n = chosen.size();
            box.setTitle(n == 0 ? title : title + ": " + (n == 1 ? show.apply(chosen.get(0)) : lang("{0} chosen", n)));
        };
        // both ways: a filter chosen elsewhere (a count on the Today screen) shows ticked here too
        Runnable tickChosen = () -> {
            if (new java.util.HashSet<>(chosen).equals(new java.util.HashSet<>(checked))) {
                return;
            }
            syncing[0] = true;
            try {
                box.getCheckModel().clearChecks();
                chosen.stream().filter(items::contains).forEach(box.getCheckModel()::check);
            } finally {
                syncing[0] = false;
            }
        };
        checked.addListener((ListChangeListener<T>) c -> {
            if (!syncing[0]) {
                chosen.setAll(checked);
            }
            retitle.run();
        });
        chosen.addListener((ListChangeListener<T>) c -> {
            tickChosen.run();
            retitle.run();
        });
        items.addListener((ListChangeListener<T>) c -> tickChosen.run());
        tickChosen.run();
        retitle.run();
        return box;
    }
}
