package org.returnwatch.desktop.common;

import java.util.Objects;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * Drop-downs for long lists (61 actors, every source): typing a part of a name narrows the list, Enter
 * takes the first match, the arrow keys move through it; the list comes in groups, each headed by its
 * name. ControlsFX's {@link SearchableComboBox} does the searching.
 */
public final class TypeAhead {
    private TypeAhead() {
    }

    /**
     * A drop-down over {@code items}, already sorted by group; {@code group} names the group of an
     * item (null for items in no group), shown as a heading above the first of each.
     */
    public static <T> SearchableComboBox<T> grouped(ObservableList<T> items, Function<T, String> show,
                                                    Function<T, String> group) {
        SearchableComboBox<T> box = plain(items, show);
        box.setCellFactory(list -> new GroupedCell<>(show, group));
        return box;
    }

    /** A drop-down over {@code items} in their order, with no headings. */
    public static <T> SearchableComboBox<T> plain(ObservableList<T> items, Function<T, String> show) {
        SearchableComboBox<T> box = new SearchableComboBox<>(FXCollections.observableArrayList(items));
        // A new list each time, never the one shown changed in place: the search keeps filtered views of
        // the list it was given, and a list that shrinks under them leaves its rows pointing past the end.
        items.addListener((ListChangeListener<T>) c -> box.setItems(FXCollections.observableArrayList(items)));
        box.setConverter(Controls.converter(show));
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(14);
        box.addEventHandler(KeyEvent.KEY_TYPED, e -> startSearch(box, e));
        return box;
    }

    /**
     * A character that reaches the box itself (typed through an input method, or sent with no key
     * pressed) opens the search with that character in it, as a key pressed does.
     */
    private static void startSearch(javafx.scene.control.ComboBox<?> box, KeyEvent e) {
        String typed = e.getCharacter();
        if (typed.isEmpty() || typed.isBlank() || Character.isISOControl(typed.charAt(0)) || box.isShowing()
                || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        box.show();
        if (box.lookup(".combo-box-search") instanceof TextField search) {
            search.requestFocus();
            search.setText(typed);
            search.positionCaret(typed.length());
            e.consume();
        }
    }

    /** The group of the item above, or null for the first row. */
    static <T> String groupAbove(ObservableList<T> shown, int index, Function<T, String> group) {
        return index <= 0 || index > shown.size() ? null : group.apply(shown.get(index - 1));
    }

    /** A row of the list: the item, and its group's name above it when it is the first of its group. */
    private static final class GroupedCell<T> extends ListCell<T> {
        private final Function<T, String> show;
        private final Function<T, String> group;
        private final Label heading = new Label();
        private final Label name = new Label();
        private final VBox headed = new VBox(2, heading, name);

        GroupedCell(Function<T, String> show, Function<T, String> group) {
            this.show = show;
            this.group = group;
            heading.getStyleClass().add("choice-group");
            name.textFillProperty().bind(textFillProperty());
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String words = show.apply(item);
            String mine = group.apply(item);
            setAccessibleText(words);
            // the list shown is the filtered one: a heading comes before the first match of each group
            boolean first = getListView() == null || getIndex() == 0
                    || !Objects.equals(mine, groupAbove(getListView().getItems(), getIndex(), group));
            if (mine != null && first) {
                heading.setText(mine);
                name.setText(words);
                setText(null);
                setGraphic(headed);
            } else {
                setText(words);
                setGraphic(null);
            }
        }
    }
}
