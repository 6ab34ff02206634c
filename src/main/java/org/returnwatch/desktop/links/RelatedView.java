package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.LinkRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.common.AccessibleNames;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.shell.Navigator;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.InformationGrade;
import org.returnwatch.domain.SourceGrade;

/** The linked records (each opens on a click) and the citations with their sources. */
public final class RelatedView extends VBox {

    public RelatedView(RelatedRecords related, ObservableList<RecordItem> sources, ActionFactory actions,
                       Navigator navigator) {
        super(6);
        Label linksTitle = new Label(lang("Linked records"));
        linksTitle.getStyleClass().addAll(Theme.TITLE_4, "section-title");
        ListView<LinkRow> links = new ListView<>(related.links());
        links.setId("links");
        links.setPrefHeight(150);
        links.setPlaceholder(new Label(lang("No links yet. Use \"Link to…\" (Ctrl+L).")));
        links.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LinkRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Hyperlink open = new Hyperlink(row.other().ref() + "  " + row.other().title());
                open.setOnAction(e -> navigator.open(row.other()));
                Label rel = new Label(row.relation() + " " + RecordItem.kindWord(row.other().kind()));
                rel.getStyleClass().add(Theme.TEXT_MUTED);
                rel.setMinWidth(220);
                HBox line = new HBox(8, rel, open);
                if (row.note() != null && !row.note().isBlank()) {
                    Label note = new Label(row.note());
                    note.getStyleClass().addAll(Theme.TEXT_MUTED, "link-note");
                    line.getChildren().add(note);
                }
                setText(null);
                setGraphic(line);
            }
        });
        Button remove = new Button(lang("Remove link"), new FontIcon("mdal-link_off"));
        remove.disableProperty().bind(links.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> related.removeLink(links.getSelectionModel().getSelectedItem()));

        Label citesTitle = new Label(lang("Citations"));
        citesTitle.getStyleClass().addAll(Theme.TITLE_4, "section-title");
        TableView<CitationRow> cites = new TableView<>(related.shownCitations());
        cites.setId("citations");
        cites.getColumns().setAll(List.of(
                Controls.column(lang("Field"), (CitationRow c) -> c.field() == null ? lang("(whole record)")
                        : c.field(), 130),
                Controls.column(lang("Source"), (CitationRow c) -> c.source().title(), 320),
                Controls.column(lang("Where"), CitationRow::locator, 90),
                Controls.column(lang("Grade"), (CitationRow c) -> c.grade() == null ? "" : c.grade().code(), 60),
                Controls.column(lang("Says"), CitationRow::says, 160)));
        cites.setPrefHeight(150);
        cites.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cites.setPlaceholder(new Label(lang("No citations yet.")));
        cites.setRowFactory(t -> {
            javafx.scene.control.TableRow<CitationRow> r = new javafx.scene.control.TableRow<>();
            r.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && r.getItem() != null) {
                    navigator.open(r.getItem().source());
                }
            });
            return r;
        });
        ComboBox<RecordItem> source = new ComboBox<>(sources);
        source.setId("citation-source");
        source.setPromptText(lang("Source"));
        source.setConverter(Controls.converter(RecordItem::title));
        source.setMaxWidth(Double.MAX_VALUE);
        TextField field = new TextField();
        field.setId("citation-field");
        field.setPromptText(lang("Field (empty: whole record)"));
        TextField where = new TextField();
        where.setId("citation-where");
        where.setPromptText(lang("Paragraph / page"));
        ComboBox<Grade> grade = gradeChoice();
        Button cite = new Button(lang("Add citation"), new FontIcon("mdal-add"));
        cite.setId("add-citation");
        cite.disableProperty().bind(source.valueProperty().isNull());
        cite.setOnAction(e -> {
            related.addCitation(source.getValue(), field.getText(), where.getText(), grade.getValue());
            field.clear();
            where.clear();
            grade.setValue(null);
        });
        ComboBox<CitationFilter> filter = new ComboBox<>();
        filter.getItems().setAll(CitationFilter.values());
        filter.setConverter(Controls.converter(CitationFilter::label));
        filter.valueProperty().bindBidirectional(related.citationFilterProperty());
        filter.setId("citation-filter");
        Button uncite = new Button(lang("Remove citation"), new FontIcon("mdal-delete"));
        uncite.disableProperty().bind(cites.getSelectionModel().selectedItemProperty().isNull());
        uncite.setOnAction(e -> related.removeCitation(cites.getSelectionModel().getSelectedItem()));
        Button edit = new Button(lang("Edit citation…"), new FontIcon("mdal-edit"));
        edit.setId("edit-citation");
        edit.disableProperty().bind(cites.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> related.editCitation(cites.getSelectionModel().getSelectedItem(), sources));
        // labelled rows, not one line: at 1366 pixels, beside a record list, one line left the field and
        // paragraph boxes a few pixels wide and cut the buttons to "+ …"
        GridPane addForm = citationForm(source, field, where, grade, cite);
        Label waiting = Controls.wrapping(lang(
                "Links and citations added here are saved with the record, when you save "
                + "it."));
        waiting.setId("related-waiting");
        waiting.getStyleClass().add(Theme.TEXT_MUTED);
        waiting.visibleProperty().bind(related.waitingForSaveProperty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        HBox citeTitleRow = new HBox(12, citesTitle, filter);
        links.setAccessibleText(lang("Linked records"));
        cites.setAccessibleText(lang("Citations"));
        filter.setAccessibleText(lang("Show citations"));
        getChildren().addAll(linksTitle, links, buttons(actions.button(AppAction.LINK, true), remove),
                citeTitleRow, cites, buttons(edit, uncite), addForm, waiting);
    }

    /** Buttons that wrap to a second line rather than shrink to "…". */
    private static FlowPane buttons(Button... all) {
        FlowPane row = new FlowPane(6, 6, all);
        for (Button b : all) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return row;
    }

    /** Source on its own row; field and paragraph side by side below; the grade and Add citation last. */
    private static GridPane citationForm(ComboBox<RecordItem> source, TextField field, TextField where,
                                         ComboBox<Grade> grade, Button cite) {
        GridPane form = new GridPane();
        AccessibleNames.labelRows(form);
        form.setHgap(8);
        form.setVgap(6);
        form.setId("citation-form");
        form.add(FormControls.label(lang("Source")), 0, 0);
        form.add(source, 1, 0, 3, 1);
        form.addRow(1, FormControls.label(lang("Field")), field, FormControls.label(lang("Where")), where);
        form.add(FormControls.label(lang("Grade")), 0, 2);
        HBox gradeRow = new HBox(8, grade, cite);
        form.add(gradeRow, 1, 2, 3, 1);
        ColumnConstraints text = new ColumnConstraints();
        text.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints box = new ColumnConstraints();
        box.setHgrow(Priority.ALWAYS);
        box.setMinWidth(120);
        form.getColumnConstraints().setAll(text, box, text, box);
        field.setPrefWidth(Region.USE_COMPUTED_SIZE);
        where.setPrefWidth(Region.USE_COMPUTED_SIZE);
        for (javafx.scene.control.Control c : List.of(grade, cite)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        return form;
    }

    /** "not graded" or a grade such as B2, with its meaning beside it. */
    private static ComboBox<Grade> gradeChoice() {
        ComboBox<Grade> grade = new ComboBox<>();
        grade.getItems().add(null);
        for (SourceGrade r : SourceGrade.values()) {
            for (InformationGrade c : InformationGrade.values()) {
                grade.getItems().add(new Grade(r, c));
            }
        }
        grade.setConverter(Controls.converter(Grade::code));
        grade.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Grade g, boolean empty) {
                super.updateItem(g, empty);
                setText(empty ? null : g == null ? lang("not graded") : g.describe());
            }
        });
        grade.setPromptText(lang("Grade"));
        grade.setPrefWidth(95);
        grade.setId("citation-grade");
        return grade;
    }
}
