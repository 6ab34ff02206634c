package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.exchange.Mapping;

/** One row a field: its label, the column read, or a fixed value, and its values, date form or separator. */
final class FieldGrid extends GridPane {
    static final String NOT_IMPORTED = key("— not imported —");
    private final ObservableList<String> header;
    private final Supplier<Window> owner;
    private int row;

    FieldGrid(MappingViewModel vm, Supplier<Window> owner) {
        this.header = vm.header();
        this.owner = owner;
        setHgap(10);
        setVgap(6);
        ColumnConstraints label = new ColumnConstraints(150, 170, 220);
        ColumnConstraints column = new ColumnConstraints(180, 240, Double.MAX_VALUE);
        column.setHgrow(Priority.SOMETIMES);
        ColumnConstraints fixed = new ColumnConstraints(150, 200, Double.MAX_VALUE);
        fixed.setHgrow(Priority.SOMETIMES);
        ColumnConstraints extra = new ColumnConstraints(150, 170, 220);
        getColumnConstraints().setAll(label, column, fixed, extra);
        section(lang("Case fields"), lang("one case per person"));
        vm.caseFields().forEach(this::fieldRow);
        section(lang("Incident fields"),
                lang("optional: each row with any of them is an incident; tactic is then required"));
        vm.incidentFields().forEach(this::fieldRow);
    }

    private void section(String title, String note) {
        Label t = new Label(title);
        t.getStyleClass().add(Theme.TITLE_4);
        Label n = new Label(note);
        n.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        add(t, 0, row);
        add(n, 1, row++, 3, 1);
        addRow(row++, muted(lang("Field")), muted(lang("Column in the file")), muted(lang("or the same value for all")),
                muted(lang("Values")));
    }

    private void fieldRow(FieldMapping f) {
        Label label = FormControls.label(f.label());
        OptionBox column = new OptionBox(header, f.columnProperty(), lang(NOT_IMPORTED));
        column.setId("mapping-field-" + f.field());
        addRow(row++, label, column, fixedBox(f), extra(f));
    }

    private Node fixedBox(FieldMapping f) {
        if (f.hasChoices()) {
            OptionBox box = new OptionBox(f.choices(), f.fixedProperty(), "—");
            box.setId("mapping-fixed-" + f.field());
            return box;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(f.fixedProperty());
        text.setId("mapping-fixed-" + f.field());
        return text;
    }

    private Node extra(FieldMapping f) {
        if (f.isDate()) {
            ComboBox<Mapping.DateForm> form = FormControls.combo(List.of(Mapping.DateForm.values()), d ->
                    switch (d) {
                        case AUTO -> "automatic";
                        case DAY_MONTH_YEAR -> "day/month/year";
                        case MONTH_DAY_YEAR -> "month/day/year";
                    });
            form.valueProperty().bindBidirectional(f.dateFormProperty());
            form.setId("mapping-date-form");
            return form;
        }
        if (f.isList()) {
            TextField sep = new TextField();
            sep.setPromptText(lang("separator: ;"));
            sep.textProperty().bindBidirectional(f.separatorProperty());
            sep.setId("mapping-separator");
            return sep;
        }
        if (!f.hasChoices()) {
            return new Label("");
        }
        Button values = new Button();
        values.setId("mapping-values-" + f.field());
        values.setMaxWidth(Double.MAX_VALUE);
        values.textProperty().bind(Bindings.createStringBinding(() -> f.values().isEmpty() ? lang("Values…")
                : lang("Values… ({0})", f.values().size()), f.values()));
        values.disableProperty().bind(f.columnProperty().isNull());
        values.setOnAction(e -> new ValuesDialog(f, owner.get()).showAndWait());
        return values;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        return l;
    }
}
