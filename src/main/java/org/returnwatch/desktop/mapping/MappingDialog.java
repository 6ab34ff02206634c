package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.lang;

import java.nio.charset.Charset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.exchange.Mapping;

/** Maps the columns of someone else's CSV to case and incident fields, over a preview of its first rows. */
public final class MappingDialog extends Dialog<Mapping> {
    private final MappingViewModel vm;

    public MappingDialog(MappingViewModel vm, Window owner) {
        this.vm = vm;
        initOwner(owner);
        setTitle(lang("Import {0} with a column mapping", vm.csv().getFileName()));
        setHeaderText(null);
        SplitPane middle = new SplitPane(form(), fields());
        middle.setDividerPositions(0.3);
        middle.setPrefHeight(420); // the grid is tall; it scrolls rather than squeeze the preview
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox content = new VBox(10, fileSettings(), preview(), middle, bottom());
        content.setPrefSize(1320, 800);
        content.setPadding(new javafx.geometry.Insets(14, 14, 0, 14));
        getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(lang("Check and import"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("mapping-ok");
        okButton.disableProperty().bind(vm.readyProperty().not());
        setResultConverter(b -> b == ok ? vm.mapping() : null);
        setResizable(true);
    }

    private Node fileSettings() {
        ComboBox<Character> delimiter = FormControls.combo(Delimiters.ALL, Delimiters::label);
        delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
        delimiter.setId("mapping-delimiter");
        ComboBox<Charset> encoding = FormControls.combo(MappingViewModel.ENCODINGS, Charset::name);
        encoding.valueProperty().bindBidirectional(vm.encodingProperty());
        encoding.setId("mapping-encoding");
        Label file = new Label(vm.csv().getFileName().toString());
        file.getStyleClass().add(Theme.TITLE_4);
        HBox box = new HBox(10, file, spacer(), FormControls.inlineLabel(lang("Delimiter")), delimiter,
                FormControls.inlineLabel(lang("Encoding")), encoding);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private Node preview() {
        PreviewTable table = new PreviewTable(vm.header(), vm.rows());
        table.setPrefHeight(200);
        table.setMinHeight(120);
        Label problems = new Label();
        problems.setId("mapping-preview-problem");
        problems.textProperty().bind(vm.previewProblemProperty());
        problems.getStyleClass().add(Theme.DANGER);
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        return new VBox(4, table, problems);
    }

    private Node form() {
        SourceChoice source = vm.source();
        GridPane g = FormControls.grid();
        TextField dataset = new TextField();
        dataset.textProperty().bindBidirectional(vm.datasetProperty());
        dataset.setId("mapping-dataset");
        ComboBox<SourceChoice.Kind> kind = FormControls.combo(List.of(SourceChoice.Kind.values()), k -> switch (k) {
            case NONE -> "none";
            case STORED -> lang("a source already stored");
            case NEW -> lang("a new source");
        });
        kind.valueProperty().bindBidirectional(source.kindProperty());
        kind.setId("mapping-source-kind");
        ComboBox<RecordItem> stored = FormControls.combo(source.stored(), RecordItem::title);
        stored.valueProperty().bindBidirectional(source.storedSourceProperty());
        stored.setId("mapping-source-stored");
        TextField title = bound(source.titleProperty(), "mapping-source-title", "");
        TextField publisher = bound(source.publisherProperty(), "mapping-source-publisher", "");
        TextField published = bound(source.publishedProperty(), "mapping-source-published", lang("e.g. 2020-01"));
        int r = 0;
        g.addRow(r++, FormControls.label(lang("Dataset name")), dataset);
        g.addRow(r++, FormControls.label(lang("Source cited")), kind);
        // a stored source and a new one's title share a row: only one of them is ever shown
        showWhen(source, SourceChoice.Kind.STORED, row(g, r, lang("Stored source"), stored));
        showWhen(source, SourceChoice.Kind.NEW, row(g, r++, lang("Title"), title));
        showWhen(source, SourceChoice.Kind.NEW, row(g, r++, lang("Publisher"), publisher));
        showWhen(source, SourceChoice.Kind.NEW, row(g, r++, lang("Published"), published));
        OptionBox caseKey = new OptionBox(vm.header(), vm.caseKeyProperty(), lang("— the name —"));
        caseKey.setId("mapping-case-key");
        OptionBox incidentKey = new OptionBox(vm.header(), vm.incidentKeyProperty(), lang("— none —"));
        incidentKey.setId("mapping-incident-key");
        g.addRow(r++, FormControls.label(lang("Same person by")), caseKey);
        g.addRow(r++, FormControls.label(lang("Incident ID")), incidentKey);
        g.addRow(r, FormControls.label(lang("Where in the source")),
                bound(vm.locatorProperty(), "mapping-locator", lang("e.g. incident {Incident ID}; empty: line N")));
        g.setPadding(new javafx.geometry.Insets(0, 10, 0, 0));
        return scroll(g);
    }

    private static List<Node> row(GridPane g, int r, String label, Node control) {
        Label l = FormControls.label(label);
        g.addRow(r, l, control);
        return List.of(l, control);
    }

    /** Only the controls of the kind of source chosen take room. */
    private static void showWhen(SourceChoice source, SourceChoice.Kind kind, List<Node> nodes) {
        nodes.forEach(n -> {
            n.visibleProperty().bind(source.kindProperty().isEqualTo(kind));
            n.managedProperty().bind(n.visibleProperty());
        });
    }

    private Node fields() {
        return scroll(new FieldGrid(vm, () -> getDialogPane().getScene().getWindow()));
    }

    private Node bottom() {
        Button load = new Button(lang("Load mapping…"));
        load.setId("mapping-load");
        load.setOnAction(e -> vm.loadMapping());
        Button save = new Button(lang("Save mapping…"));
        save.setId("mapping-save");
        save.setOnAction(e -> vm.saveMapping());
        Label problem = new Label();
        problem.setId("mapping-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(Theme.WARNING);
        problem.setWrapText(true);
        HBox box = new HBox(10, load, save, spacer(), problem);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static TextField bound(javafx.beans.property.StringProperty p, String id, String prompt) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        t.setId(id);
        t.setPromptText(prompt);
        return t;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setPadding(new javafx.geometry.Insets(8));
        return s;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
