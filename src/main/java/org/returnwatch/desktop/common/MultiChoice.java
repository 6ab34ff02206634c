package org.returnwatch.desktop.common;

import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.controlsfx.control.CheckComboBox;

/**
 * A drop-down of check boxes whose ticks are kept in a list of the form being edited: the form's list
 * can change under it (another incident selected), and ticking changes the form's list.
 */
public final class MultiChoice<T> {
    private final CheckComboBox<T> box;
    private final ListChangeListener<T> ticked;
    private ObservableList<T> target;
    private boolean copying;

    public MultiChoice(ObservableList<T> items, String title, Function<T, String> show) {
        box = new CheckComboBox<>(items);
        box.setTitle(title);
        // "(0/0)" beside the title of a list not yet filled says nothing
        box.showCheckedCountProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(items));
        box.setConverter(Controls.converter(show));
        box.setMaxWidth(Double.MAX_VALUE);
        ticked = c -> {
            if (!copying && target != null) {
                target.setAll(List.copyOf(box.getCheckModel().getCheckedItems()));
            }
        };
        box.getCheckModel().getCheckedItems().addListener(ticked);
    }

    /** Shows and edits {@code list} from now on; null for none. */
    public void bind(ObservableList<T> list) {
        target = list;
        copying = true;
        try {
            box.getCheckModel().clearChecks();
            if (list != null) {
                list.forEach(box.getCheckModel()::check);
            }
        } finally {
            copying = false;
        }
    }

    public CheckComboBox<T> control() {
        return box;
    }
}
