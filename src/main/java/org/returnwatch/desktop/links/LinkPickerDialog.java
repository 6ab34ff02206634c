package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.lang;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.RecordItem;
import org.returnwatch.domain.LinkRelation;

/** The searchable picker: type, pick a record, pick the relation. */
public final class LinkPickerDialog extends Dialog<LinkPickerViewModel.Choice> {

    public LinkPickerDialog(LinkPickerViewModel vm, Window owner) {
        initOwner(owner);
        setTitle(lang("Link to another record"));
        setHeaderText(lang("Find the record to link to, and say how they relate."));
        CustomTextField search = new CustomTextField();
        search.setLeft(new FontIcon("mdmz-search"));
        search.setPromptText(lang("Name, reference code, title, country…"));
        search.setId("link-search");
        org.returnwatch.desktop.common.AccessibleNames.byPrompt(search);
        search.textProperty().bindBidirectional(vm.queryProperty());
        ListView<RecordItem> results = new ListView<>(vm.results());
        results.setId("link-results");
        results.setAccessibleText(lang("Records found"));
        results.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(RecordItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : RecordItem.kindWord(item.kind()) + "   " + item.ref() + "   " + item.title());
            }
        });
        results.setPrefSize(640, 320);
        vm.selectedProperty().bind(results.getSelectionModel().selectedItemProperty());
        // from the search, Down goes into the results (the first chosen), so Enter can link without a mouse
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.requestFocus();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        ComboBox<LinkRelation> relation = new ComboBox<>();
        relation.getItems().setAll(vm.relations());
        relation.valueProperty().bindBidirectional(vm.relationProperty());
        relation.setId("link-relation");
        relation.setConverter(new StringConverter<>() {
            @Override
            public String toString(LinkRelation r) {
                return r == null ? "" : org.returnwatch.i18n.Localization.label(r);
            }

            @Override
            public LinkRelation fromString(String s) {
                return null;
            }
        });
        TextField note = new TextField();
        note.setId("link-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        GridPane form = new GridPane();
        org.returnwatch.desktop.common.AccessibleNames.labelRows(form);
        form.setHgap(8);
        form.setVgap(8);
        int row = 0;
        if (!vm.parts().isEmpty()) {
            ComboBox<RecordItem> origin = new ComboBox<>();
            origin.setId("link-from");
            origin.getItems().add(null);
            origin.getItems().addAll(vm.parts());
            origin.setConverter(new StringConverter<>() {
                @Override
                public String toString(RecordItem r) {
                    return r == null ? lang("This record") : r.ref() + "   " + r.title();
                }

                @Override
                public RecordItem fromString(String s) {
                    return null;
                }
            });
            origin.valueProperty().bindBidirectional(vm.originProperty());
            form.addRow(row++, new Label(lang("From")), origin);
        }
        form.addRow(row++, new Label(lang("This record is")), relation);
        form.addRow(row, new Label(lang("Note")), note);
        GridPane.setHgrow(note, Priority.ALWAYS);
        VBox box = new VBox(10, search, results, form);
        VBox.setVgrow(results, Priority.ALWAYS);
        getDialogPane().setContent(box);
        ButtonType link = new ButtonType(lang("Link"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(link, ButtonType.CANCEL);
        getDialogPane().lookupButton(link).disableProperty().bind(vm.readyProperty().not());
        setResultConverter(b -> b == link ? vm.choice() : null);
        setResizable(true);
        Platform.runLater(search::requestFocus);
    }

    public Optional<LinkPickerViewModel.Choice> pick() {
        return showAndWait();
    }
}
