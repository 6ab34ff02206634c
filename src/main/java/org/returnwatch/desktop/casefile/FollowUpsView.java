package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.domain.FollowUp;

/** A case's follow-ups: due date, note, a Done box; and a line to add one. */
public final class FollowUpsView extends VBox {

    public FollowUpsView(FollowUpsViewModel vm) {
        super(6);
        setId("follow-ups");
        Label heading = new Label(lang("Follow-ups"));
        heading.getStyleClass().addAll(Theme.TITLE_4, "section-title");

        TableView<FollowUp> table = new TableView<>(vm.rows());
        table.setId("follow-up-table");
        table.setAccessibleText(lang("Follow-ups"));
        table.getStyleClass().add(Theme.DENSE);
        TableColumn<FollowUp, Boolean> done = new TableColumn<>(lang("Done"));
        done.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().isDone()));
        done.setCellFactory(c -> new DoneCell(vm));
        done.setPrefWidth(60);
        done.setMaxWidth(70);
        TableColumn<FollowUp, String> due = Controls.column(lang("Due"), f -> f.due().toString(), 110);
        due.setMaxWidth(130);
        TableColumn<FollowUp, String> note = Controls.column(lang("What is to be done"), FollowUp::note, 420);
        table.getColumns().setAll(List.of(done, due, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(lang("No follow-ups.")));
        table.setPrefHeight(130);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUp f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("overdue", "done");
                if (!empty && f != null) {
                    getStyleClass().add(f.isDone() ? "done" : vm.overdue(f) ? "overdue" : "open");
                }
            }
        });

        DatePicker day = new DatePicker();
        day.setId("follow-up-due");
        day.setAccessibleText(lang("Due"));
        day.valueProperty().bindBidirectional(vm.dueProperty());
        day.setPrefWidth(150);
        // the dates the rest of the program writes (2025-03-10), whatever the system's locale
        day.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        day.setPromptText("2025-03-10");
        TextField text = new TextField();
        text.setId("follow-up-note");
        org.returnwatch.desktop.common.AccessibleNames.byPrompt(text);
        text.setPromptText(lang("What is to be done, e.g. call the lawyer about the hearing"));
        text.textProperty().bindBidirectional(vm.noteProperty());
        text.setOnAction(e -> vm.add());
        Button add = new Button(lang("Add follow-up"), new FontIcon("mdal-add_alarm"));
        add.setId("follow-up-add");
        add.setOnAction(e -> vm.add());
        HBox line = new HBox(8, day, text, add);
        HBox.setHgrow(text, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        line.disableProperty().bind(vm.availableProperty().not());
        Label problem = new Label();
        problem.setId("follow-up-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        getChildren().addAll(heading, table, line, problem);
    }

    /** A Done box that stores the change at once. */
    private static final class DoneCell extends TableCell<FollowUp, Boolean> {
        private final CheckBox box = new CheckBox();

        DoneCell(FollowUpsViewModel vm) {
            box.setOnAction(e -> {
                FollowUp f = getTableRow() == null ? null : getTableRow().getItem();
                if (f != null) {
                    vm.setDone(f, box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean done, boolean empty) {
            super.updateItem(done, empty);
            if (empty || done == null) {
                setGraphic(null);
            } else {
                box.setSelected(done);
                setGraphic(box);
            }
        }
    }
}
