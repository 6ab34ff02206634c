package org.returnwatch.desktop.mapping;

import java.util.List;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A choice among options plus "none", kept in step with a property that holds null for none: a combo
 * box cannot show a null item in its list, so none is the empty string here.
 */
final class OptionBox extends ComboBox<String> {
    private static final String NONE = "";
    private final Property<String> target;
    private boolean syncing;

    OptionBox(ObservableList<String> options, Property<String> target, String noneLabel) {
        this.target = target;
        setCellFactory(v -> new Cell(noneLabel));
        setButtonCell(new Cell(noneLabel));
        setMaxWidth(Double.MAX_VALUE);
        fillFrom(options);
        options.addListener((ListChangeListener<String>) c -> fillFrom(options));
        target.addListener((o, a, b) -> showTarget());
        valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                target.setValue(b == null || b.equals(NONE) ? null : b);
            }
        });
    }

    OptionBox(List<String> options, Property<String> target, String noneLabel) {
        this(javafx.collections.FXCollections.observableArrayList(options), target, noneLabel);
    }

    private void fillFrom(List<String> options) {
        syncing = true;
        getItems().setAll(NONE);
        getItems().addAll(options);
        syncing = false;
        showTarget();
    }

    private void showTarget() {
        syncing = true;
        String v = target.getValue();
        setValue(v == null ? NONE : v);
        syncing = false;
    }

    private static final class Cell extends ListCell<String> {
        private final String noneLabel;

        Cell(String noneLabel) {
            this.noneLabel = noneLabel;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.equals(NONE) ? noneLabel : item);
        }
    }
}
