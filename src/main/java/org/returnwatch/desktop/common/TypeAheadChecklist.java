package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Ticks several items of a long list (an incident's other perpetrators among 61 actors) by typing: a part
 * of a name narrows the list, grouped by kind as in {@link TypeAhead}; the arrow keys move through it; Enter
 * ticks or unticks the item marked (the first match if none is), Space the one reached with the arrows.
 * What is ticked stays on show below the field, each with a button that takes it off.
 */
public final class TypeAheadChecklist<T> extends VBox {
    private static final double LIST_HEIGHT = 300;
    private final CustomTextField search = new CustomTextField();
    private final FilteredList<T> matches;
    private final ListView<T> list;
    private final Popup popup = new Popup();
    private final FlowPane ticked = new FlowPane(6, 4);
    private final Function<T, String> show;
    private final Function<T, String> group;
    private final ListChangeListener<T> redraw = c -> redraw();
    private ObservableList<T> target;
    /** True once the arrow keys marked an item since the search last changed: Space then ticks it. */
    private boolean arrowed;
    /** True from a Space that ticked until its typed character, which must not reach the search. */
    private boolean swallowSpace;

    /**
     * @param items the items, already sorted by group
     * @param group the name of an item's group, shown above the first of each; null for none
     */
    public TypeAheadChecklist(ObservableList<T> items, Function<T, String> show, Function<T, String> group) {
        super(4);
        this.show = show;
        this.group = group;
        matches = new FilteredList<>(items);
        list = new ListView<>(matches);
        list.setFocusTraversable(false);
        list.setAccessibleText(lang("Matches"));
        list.setCellFactory(l -> new TickCell(group));
        StackPane box = new StackPane(list);
        // the look of a drop-down's list, from the theme
        box.getStyleClass().add("combo-box-popup");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        // Escape is the field's: it closes the list and clears the search
        popup.setHideOnEscape(false);
        search.setLeft(new FontIcon("mdmz-search"));
        search.setPromptText(lang("type a part of the name"));
        search.setMaxWidth(Double.MAX_VALUE);
        search.textProperty().addListener((o, a, b) -> {
            matches.setPredicate(predicate(b));
            arrowed = false;
            list.getSelectionModel().clearSelection();
            if (!b.isBlank() && search.isFocused()) {
                open();
            }
        });
        search.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        search.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowSpace && " ".equals(e.getCharacter())) {
                e.consume();
            }
            swallowSpace = false;
        });
        matches.addListener((ListChangeListener<T>) c -> {
            if (popup.isShowing()) {
                place();
            }
        });
        ticked.getStyleClass().add("ticked-choices");
        ticked.managedProperty().bind(ticked.visibleProperty());
        ticked.setVisible(false);
        getChildren().addAll(search, ticked);
    }

    /** Shows and edits {@code items} from now on; null for none. */
    public void bind(ObservableList<T> items) {
        if (target != null) {
            target.removeListener(redraw);
        }
        target = items;
        if (items != null) {
            items.addListener(redraw);
        }
        search.clear();
        redraw();
    }

    /** The field typed into: the control a label names and the keyboard reaches. */
    public CustomTextField field() {
        return search;
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.DOWN || code == KeyCode.UP) {
            open();
            move(code == KeyCode.DOWN ? 1 : -1);
            e.consume();
        } else if (code == KeyCode.ENTER && popup.isShowing()) {
            T marked = list.getSelectionModel().getSelectedItem();
            toggle(marked != null ? marked : matches.isEmpty() ? null : matches.get(0));
            // ticked: the next search starts from an empty field, the whole list on show
            search.clear();
            e.consume();
        } else if (code == KeyCode.SPACE && arrowed && popup.isShowing()) {
            toggle(list.getSelectionModel().getSelectedItem());
            swallowSpace = true;
            e.consume();
        } else if (code == KeyCode.ESCAPE && popup.isShowing()) {
            popup.hide();
            search.clear();
            e.consume();
        } else if (code == KeyCode.TAB) {
            popup.hide();
        }
    }

    private void move(int by) {
        if (matches.isEmpty()) {
            return;
        }
        int at = list.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (by > 0 ? 0 : matches.size() - 1) : Math.floorMod(at + by, matches.size());
        list.getSelectionModel().select(next);
        list.scrollTo(Math.max(0, next - 3));
        arrowed = true;
    }

    private void open() {
        if (popup.isShowing() || getScene() == null || isDisabled()) {
            return;
        }
        Bounds at = search.localToScreen(search.getBoundsInLocal());
        if (at != null) {
            popup.show(search, at.getMinX(), at.getMaxY());
            place();
        }
    }

    /**
     * Sizes the list to its matches and puts it below the field if the screen has room, else above it:
     * never over the field being typed into.
     */
    private void place() {
        Bounds at = search.localToScreen(search.getBoundsInLocal());
        if (at == null) {
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(at.getMinX(), at.getMinY(),
                at.getWidth(), at.getHeight()).stream().findFirst().orElse(javafx.stage.Screen.getPrimary())
                .getVisualBounds();
        double em = search.getFont().getSize();
        long groups = matches.stream().map(group).distinct().count();
        double wanted = Math.min(LIST_HEIGHT * em / 14, matches.size() * 2.5 * em + groups * 1.6 * em + 2 * em);
        double below = screen.getMaxY() - at.getMaxY();
        double above = at.getMinY() - screen.getMinY();
        boolean down = below >= wanted || below >= above;
        double height = Math.max(3 * em, Math.min(wanted, (down ? below : above) - 8));
        list.setPrefWidth(Math.max(at.getWidth(), 280));
        list.setPrefHeight(height);
        list.setMaxHeight(height);
        popup.sizeToScene();
        popup.setX(at.getMinX());
        popup.setY(down ? at.getMaxY() : at.getMinY() - popup.getHeight());
    }

    private void toggle(T item) {
        if (item == null || target == null) {
            return;
        }
        if (target.contains(item)) {
            target.remove(item);
        } else {
            target.add(item);
        }
    }

    /** The ticks in the list and the buttons below the field, as the form's list now holds. */
    private void redraw() {
        list.refresh();
        ticked.getChildren().clear();
        if (target != null) {
            for (T item : target) {
                Button off = new Button(show.apply(item), new FontIcon("mdal-close"));
                off.setContentDisplay(ContentDisplay.RIGHT);
                off.getStyleClass().addAll(Theme.SMALL, "ticked-choice");
                off.setAccessibleText(lang("Remove {0}", show.apply(item)));
                off.setOnAction(e -> {
                    target.remove(item);
                    search.requestFocus();
                });
                ticked.getChildren().add(off);
            }
        }
        ticked.setVisible(!ticked.getChildren().isEmpty());
    }

    /** Every item whose words contain each word typed, in any case. */
    private java.util.function.Predicate<T> predicate(String typed) {
        String[] words = typed.toLowerCase(Locale.ROOT).strip().split("\\s+");
        if (typed.isBlank()) {
            return null;
        }
        return item -> {
            String words0 = show.apply(item).toLowerCase(Locale.ROOT);
            return Arrays.stream(words).allMatch(words0::contains);
        };
    }

    /** A row: a tick, the item, and its group's name above it when it is the first of its group on show. */
    private final class TickCell extends ListCell<T> {
        private final Function<T, String> group;
        private final Label heading = new Label();
        private final CheckBox tick = new CheckBox();
        private final Label name = new Label();
        private final VBox headed = new VBox(2);
        private final HBox row = new HBox(6, tick, name);

        TickCell(Function<T, String> group) {
            this.group = group;
            heading.getStyleClass().add("choice-group");
            name.textFillProperty().bind(textFillProperty());
            // the tick shows the state; the row takes the click
            tick.setMouseTransparent(true);
            tick.setFocusTraversable(false);
            setOnMouseClicked(e -> {
                if (!isEmpty()) {
                    toggle(getItem());
                }
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean on = target != null && target.contains(item);
            String words = show.apply(item);
            tick.setSelected(on);
            name.setText(words);
            setAccessibleText(on ? lang("{0}, ticked", words) : words);
            String mine = group.apply(item);
            boolean first = getIndex() == 0
                    || !Objects.equals(mine, TypeAhead.groupAbove(getListView().getItems(), getIndex(), group));
            if (mine != null && first) {
                heading.setText(mine);
                headed.getChildren().setAll(heading, row);
                setGraphic(headed);
            } else {
                setGraphic(row);
            }
        }
    }
}
