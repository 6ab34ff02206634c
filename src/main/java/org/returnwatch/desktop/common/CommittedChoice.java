package org.returnwatch.desktop.common;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ComboBox;

/**
 * Ties a searching drop-down ({@link TypeAhead}) to a form's value, which changes only when a choice is
 * made: while the user types a search, the box's value is cleared whenever the match list leaves it out,
 * and that must neither mark the form as changed nor, when the user leaves without choosing, empty it.
 */
public final class CommittedChoice<T> {
    private final ComboBox<T> box;
    private final ChangeListener<T> fromForm = (o, a, b) -> show(b);
    private final ChangeListener<T> fromBox = (o, a, b) -> {
        if (!boxShowing()) {
            commit(b);
        }
    };
    private final ChangeListener<Boolean> closed = (o, was, is) -> {
        if (!is) {
            commit(boxValue());
        }
    };
    private Property<T> target;
    private boolean showing;

    public CommittedChoice(ComboBox<T> box) {
        this.box = box;
        box.valueProperty().addListener(fromBox);
        box.showingProperty().addListener(closed);
    }

    /** Shows and edits {@code value} from now on; null for none (the box is emptied). */
    public void bind(Property<T> value) {
        if (target != null) {
            target.removeListener(fromForm);
        }
        target = value;
        if (value != null) {
            value.addListener(fromForm);
        }
        show(value == null ? null : value.getValue());
    }

    private void show(T value) {
        showing = true;
        try {
            box.setValue(value);
        } finally {
            showing = false;
        }
    }

    /** A choice made: into the form, unless it is the emptiness a search leaves behind. */
    private void commit(T value) {
        if (showing || target == null) {
            return;
        }
        if (value == null) {
            show(target.getValue());
        } else if (!value.equals(target.getValue())) {
            target.setValue(value);
        }
    }

    private boolean boxShowing() {
        return box.isShowing();
    }

    private T boxValue() {
        return box.getValue();
    }
}
