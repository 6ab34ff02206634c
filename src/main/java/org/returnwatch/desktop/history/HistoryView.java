package org.returnwatch.desktop.history;

import static org.returnwatch.i18n.Localization.lang;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.returnwatch.app.HistoryStep;
import org.returnwatch.desktop.common.Theme;

/** A record's history, newest first: one block per change, each changed field with its old and new value. */
public final class HistoryView extends BorderPane {
    private final VBox entries = new VBox(12);

    public HistoryView(HistoryViewModel vm, String idPrefix) {
        Label message = new Label();
        message.setId(idPrefix + "-history-message");
        message.textProperty().bind(vm.messageProperty());
        message.getStyleClass().add(Theme.TEXT_MUTED);
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        entries.setId(idPrefix + "-history");
        VBox body = new VBox(12, message, entries);
        body.setPadding(new Insets(12, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.steps().addListener((ListChangeListener<HistoryStep>) c -> rebuild(vm));
    }

    private void rebuild(HistoryViewModel vm) {
        entries.getChildren().setAll(vm.steps().stream().map(s -> entry(vm, s)).toList());
    }

    private static Node entry(HistoryViewModel vm, HistoryStep s) {
        Label head = new Label(HistoryViewModel.when().format(s.at()) + "  ·  " + s.caseworker() + "  ·  " + s.what());
        head.getStyleClass().add(Theme.TITLE_4);
        Label seq = new Label("#" + s.seq());
        seq.getStyleClass().add(Theme.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, head, seq, gap);
        top.setAlignment(Pos.CENTER_LEFT);
        if (s.restorable()) {
            Button restore = new Button(lang("Restore this version"));
            restore.getStyleClass().add("history-restore");
            restore.setOnAction(e -> vm.restore(s));
            top.getChildren().add(restore);
        } else if (!s.item() && vm.steps().stream().filter(t -> !t.item()).findFirst().orElse(null) == s) {
            Label current = new Label(lang("current version"));
            current.getStyleClass().add(Theme.TEXT_MUTED);
            top.getChildren().add(current);
        }
        VBox box = new VBox(6, top);
        box.setId("history-entry-" + s.seq());
        box.getStyleClass().add("history-entry");
        if (!s.note().isEmpty()) {
            Label note = new Label(s.note());
            note.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        if (!s.changes().isEmpty()) {
            box.getChildren().add(changes(s));
        }
        return box;
    }

    private static GridPane changes(HistoryStep s) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints field = new ColumnConstraints();
        field.setPrefWidth(180);
        field.setMinWidth(160);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(38);
        grid.getColumnConstraints().setAll(field, side, new ColumnConstraints(), side);
        int row = 0;
        // a record added (or deleted) has one side only: its values are shown once, not beside "(empty)"
        boolean added = !s.compared() && s.changes().stream().allMatch(d -> d.before().isEmpty());
        boolean gone = !s.compared() && s.changes().stream().allMatch(d -> d.after().isEmpty());
        if (added || gone) {
            grid.getColumnConstraints().setAll(field, new ColumnConstraints());
            grid.addRow(row++, muted(lang("Field")), muted(lang("Value")));
        } else {
            grid.addRow(row++, muted(lang("Field")), muted(lang("Before")), new Label(), muted(lang("After")));
        }
        for (HistoryStep.FieldDiff d : s.changes()) {
            Label name = new Label(d.field());
            name.getStyleClass().add("history-field");
            if (added) {
                grid.addRow(row++, name, value(d.after(), "history-after"));
            } else if (gone) {
                grid.addRow(row++, name, value(d.before(), "history-before"));
            } else {
                grid.addRow(row++, name, value(d.before(), "history-before"), new Label("→"),
                        value(d.after(), "history-after"));
            }
        }
        return grid;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        return l;
    }

    private static Label value(String text, String style) {
        Label l = new Label(text.isEmpty() ? "(empty)" : text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        if (text.isEmpty()) {
            l.getStyleClass().add(Theme.TEXT_MUTED);
        }
        return l;
    }
}
