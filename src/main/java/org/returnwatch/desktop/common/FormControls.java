package org.returnwatch.desktop.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** Builds labelled form controls and marks wrong values with ControlsFX validation. */
public final class FormControls {
    private final ValidationSupport validation = new ValidationSupport();

    public FormControls() {
        validation.setValidationDecorator(new StyleClassValidationDecoration());
    }

    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(150);
        ColumnConstraints field = new ColumnConstraints();
        field.setHgrow(Priority.ALWAYS);
        field.setFillWidth(true);
        g.getColumnConstraints().setAll(label, field);
        AccessibleNames.labelRows(g);
        return g;
    }

    /**
     * A field's label. A label longer than its column ("Nationalities, passports held" at 1366 px, or at a
     * larger text size) wraps onto more lines, each word whole; it is never cut to "…" nor drawn over its field.
     */
    public static Label label(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /** A label in a row of controls, beside its field: kept on one line, never shortened. */
    public static Label inlineLabel(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A multi-line field that Tab leaves, as every other field does (Shift+Tab goes back): a tab
     * character is rarely wanted in a note, and a keyboard user must not be caught in the field.
     */
    public static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                // a TextArea moves the focus on Ctrl+Tab: hand it that, keeping Shift for going back
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
        return a;
    }

    public static <T> ComboBox<T> combo(java.util.List<T> items, Function<T, String> show) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setConverter(Controls.converter(show));
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    /** Marks {@code field} while {@code problem} finds something wrong with its text, and says what in a tooltip. */
    public void validate(TextField field, Function<String, String> problem) {
        validation.registerValidator(field, false, (c, v) -> {
            String p = problem.apply(v == null ? "" : v.toString());
            return ValidationResult.fromMessageIf(c, p == null ? "" : p, Severity.ERROR, p != null);
        });
    }

    /**
     * As {@link #validate(TextField, Function)}, and a value that is allowed but likely a slip is marked as a
     * warning.
     */
    public void validate(TextField field, Function<String, String> problem, Function<String, String> warning) {
        validation.registerValidator(field, false, (c, v) -> {
            String text = v == null ? "" : v.toString();
            String p = problem.apply(text);
            if (p != null) {
                return ValidationResult.fromError(c, p);
            }
            String w = warning.apply(text);
            return ValidationResult.fromWarningIf(c, w == null ? "" : w, w != null);
        });
    }

    public void validateArea(TextArea field, Function<String, String> problem) {
        validation.registerValidator(field, false, (c, v) -> {
            String p = problem.apply(v == null ? "" : v.toString());
            return ValidationResult.fromMessageIf(c, p == null ? "" : p, Severity.ERROR, p != null);
        });
    }

    /** Marks the fields' problems only while {@code shown} holds: not on a form nobody has typed into yet. */
    public void markProblemsWhen(javafx.beans.value.ObservableBooleanValue shown) {
        validation.errorDecorationEnabledProperty().bind(shown);
    }

    public ValidationSupport support() {
        return validation;
    }
}
