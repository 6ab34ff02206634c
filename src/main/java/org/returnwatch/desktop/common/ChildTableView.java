package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An editable table of a record's own rows (status history, data points). */
public final class ChildTableView<R> extends VBox {

    private static final javafx.scene.input.KeyCombination DUPLICATE_ROW =
            javafx.scene.input.KeyCombination.valueOf("Shortcut+D");

    @SuppressWarnings("unchecked")
    public ChildTableView(ChildTable<R> child) {
        super(6);
        TableView<R> table = new TableView<>(child.rows());
        table.setId("child-table");
        table.setAccessibleText(child.title());
        table.setEditable(true);
        for (ChildTable.Column<R> c : child.columns()) {
            TableColumn<R, Object> col = new TableColumn<>(c.heading());
            col.setCellValueFactory(d -> (ObservableValue<Object>) c.property().apply(d.getValue()));
            if (c.choices() instanceof javafx.collections.ObservableList<?> live) {
                col.setCellFactory(ComboBoxTableCell.forTableColumn(Controls.converter(c.show()::apply),
                        (javafx.collections.ObservableList<Object>) live));
            } else if (c.choices().isEmpty()) {
                TableColumn<R, String> text = (TableColumn<R, String>) (TableColumn<R, ?>) col;
                text.setCellFactory(TextFieldTableCell.forTableColumn());
            } else {
                col.setCellFactory(ComboBoxTableCell.forTableColumn(Controls.converter(c.show()::apply),
                        FXCollections.observableArrayList(c.choices())));
            }
            col.setOnEditCommit(e -> ((Property<Object>) c.property().apply(e.getRowValue()))
                    .setValue(e.getNewValue()));
            col.setPrefWidth(c.heading().equals(lang("Note")) ? 260 : 120);
            table.getColumns().add(col);
        }
        table.setPrefHeight(220);
        Button add = new Button(lang("Add row"), new FontIcon("mdal-add"));
        add.setOnAction(e -> {
            child.addRow();
            table.getSelectionModel().selectLast();
            table.edit(child.rows().size() - 1, table.getColumns().get(0));
        });
        Button remove = new Button(lang("Remove row"), new FontIcon("mdal-delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> child.rows().remove(table.getSelectionModel().getSelectedItem()));
        // Ctrl+D on a row copies it; consumed here, so the window's Duplicate (the whole record) does not run
        table.setOnKeyPressed(e -> {
            R selected = table.getSelectionModel().getSelectedItem();
            if (DUPLICATE_ROW.match(e) && selected != null) {
                table.getSelectionModel().select(child.duplicateRow(selected));
                e.consume();
            }
        });
        // the order is the sources' order (a step with no date stays where the source puts it)
        Button up = move(table, child, -1, lang("Move up"), "mdal-arrow_upward");
        Button down = move(table, child, 1, lang("Move down"), "mdal-arrow_downward");
        getChildren().addAll(table, new HBox(6, add, remove, up, down));
    }

    private static <R> Button move(TableView<R> table, ChildTable<R> child, int by, String label, String icon) {
        Button b = new Button(label, new FontIcon(icon));
        b.disableProperty().bind(table.getSelectionModel().selectedIndexProperty().lessThan(by < 0 ? 1 : 0)
                .or(table.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        javafx.beans.binding.Bindings.size(child.rows()).subtract(by > 0 ? 1 : 0))));
        b.setOnAction(e -> {
            int at = table.getSelectionModel().getSelectedIndex();
            R row = child.rows().remove(at);
            child.rows().add(at + by, row);
            table.getSelectionModel().select(at + by);
        });
        return b;
    }
}
