package org.returnwatch.desktop.links;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.links.LinkDialogs.CitationEdit;

/** Changes one citation's source, field and locator; the change waits for the record's Save. */
public final class CitationDialog extends Dialog<CitationEdit> {

    public CitationDialog(CitationRow row, List<RecordItem> sources, Window owner) {
        initOwner(owner);
        setTitle("Edit citation");
        setHeaderText("The change is saved with the record (Save), or thrown away with Cancel changes.");
        ComboBox<RecordItem> source = new ComboBox<>();
        source.getItems().setAll(sources);
        source.setConverter(Controls.converter(RecordItem::title));
        source.setId("citation-source");
        // the cited source by id: the list holds items read separately, possibly a newer title
        source.setValue(sources.stream().filter(s -> s.id().equals(row.source().id())).findFirst()
                .orElse(row.source()));
        source.setMaxWidth(Double.MAX_VALUE);
        TextField field = new TextField(row.field());
        field.setId("citation-field");
        field.setPromptText("Field (empty: whole record)");
        TextField locator = new TextField(row.locator());
        locator.setId("citation-locator");
        locator.setPromptText("e.g. para. 12, p. 4");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Source"), source);
        form.addRow(1, new Label("Where in the source"), locator);
        form.addRow(2, new Label("Field cited"), field);
        GridPane.setHgrow(source, Priority.ALWAYS);
        form.setPrefWidth(560);
        getDialogPane().setContent(form);
        ButtonType ok = new ButtonType("Change", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(source.valueProperty().isNull());
        setResultConverter(b -> b == ok ? new CitationEdit(source.getValue(), field.getText(), locator.getText())
                : null);
        setResizable(true);
    }
}
