package org.returnwatch.desktop.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;

/** Small pieces of view code the screens share. */
public final class Views {
    private Views() {
    }

    /** A read-only column whose cells show {@code value} of the row; empty while the row is being read. */
    public static <S, T> TableColumn<S, T> column(String heading, Function<S, T> value, double width) {
        TableColumn<S, T> c = new TableColumn<>(heading);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue() == null ? null : value.apply(d.getValue())));
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
        box.setTitle(title);
        box.setConverter(converter(show));
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            chosen.setAll(box.getCheckModel().getCheckedItems());
            int n = chosen.size();
            box.setTitle(n == 0 ? title : title + ": " + (n == 1 ? show.apply(chosen.get(0)) : n + " chosen"));
        });
        chosen.addListener((ListChangeListener<T>) c -> {
            if (chosen.isEmpty() && !box.getCheckModel().getCheckedItems().isEmpty()) {
                box.getCheckModel().clearChecks();
            }
        });
        return box;
    }
}
