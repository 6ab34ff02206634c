package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;

/** What each value of a column becomes on a field's controlled list; the choices apply as they are made. */
final class ValuesDialog extends Dialog<ButtonType> {
    static final String KEEP = key("keep as written");

    ValuesDialog(FieldMapping field, Window owner) {
        initOwner(owner);
        setTitle(lang("Values of {0}", field.label().toLowerCase(java.util.Locale.ROOT)));
        setHeaderText(lang("Column \"{0}\" → {1}", field.columnProperty().get(), field.label()));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, heading(lang("In the file")), heading(lang("Rows")), heading(lang("Becomes")));
        int row = 1;
        for (ValueChoice v : field.values()) {
            Label value = new Label(v.value());
            value.setWrapText(true);
            value.setMaxWidth(320);
            OptionBox box = new OptionBox(field.choices(), v.choiceProperty(), lang(KEEP));
            box.setId("mapping-value-" + (row - 1));
            box.setPrefWidth(260);
            grid.addRow(row++, value, new Label(Integer.toString(v.count())), box);
        }
        OptionBox empty = new OptionBox(field.choices(), field.defaultValueProperty(), lang("left empty"));
        empty.setId("mapping-value-default");
        empty.setPrefWidth(260);
        Label emptyLabel = new Label(lang("An empty cell"));
        emptyLabel.getStyleClass().add(Theme.TEXT_MUTED);
        grid.addRow(row, emptyLabel, new Label(""), empty);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, 40 + 36 * (field.values().size() + 2)));
        Label hint = new Label(lang("A value kept as written must already be one of: "
                + "{0}.", String.join(", ", field.choices())));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        VBox content = new VBox(10, scroll, hint);
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        setResizable(true);
        Controls.styled(this);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Theme.TEXT_MUTED);
        return l;
    }
}
