package org.returnwatch.desktop.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * What a screen reader calls each control: the label beside it in a form, or words given to a control
 * that stands alone (a table, a search field).
 */
public final class AccessibleNames {
    private AccessibleNames() {
    }

    /**
     * From now on, each label of {@code form} names the control in the cell to its right (the first
     * control inside it, when the cell holds a row of them), as {@link Label#setLabelFor} does.
     */
    public static void labelRows(GridPane form) {
        form.getChildren().addListener((ListChangeListener<Node>) c -> link(form));
        link(form);
    }

    /** Gives {@code control} the words a screen reader says for it; returns it, for building in place. */
    public static <C extends Control> C named(C control, String words) {
        control.setAccessibleText(words);
        return control;
    }

    /** A field alone with its hint ("Search agreements"): the hint is its name. */
    public static void byPrompt(javafx.scene.control.TextInputControl field) {
        field.accessibleTextProperty().bind(field.promptTextProperty());
    }

    private static void link(GridPane form) {
        for (Node n : form.getChildren()) {
            if (n instanceof Label l && l.getLabelFor() == null) {
                Control target = rightOf(form, l);
                if (target != null) {
                    l.setLabelFor(target);
                }
            }
        }
    }

    private static Control rightOf(GridPane form, Label label) {
        int row = index(GridPane.getRowIndex(label));
        int column = index(GridPane.getColumnIndex(label));
        for (Node n : form.getChildren()) {
            boolean beside = index(GridPane.getRowIndex(n)) == row && index(GridPane.getColumnIndex(n)) == column + 1;
            if (n != label && beside) {
                return firstControl(n);
            }
        }
        return null;
    }

    private static Control firstControl(Node n) {
        if (n instanceof Label) {
            return null;
        }
        if (n instanceof Control c) {
            return c;
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Control c = firstControl(child);
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    private static int index(Integer i) {
        return i == null ? 0 : i;
    }
}
