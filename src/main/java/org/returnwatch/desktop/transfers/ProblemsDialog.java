package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.say;

import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.exchange.Problem;

/** Why an import was refused: every problem with its file, line and column, in a table. */
public final class ProblemsDialog extends Dialog<Boolean> {

    public ProblemsDialog(String title, String message, List<Problem> problems, String retryLabel, Window owner) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        Label intro = Controls.wrapping(message);
        TableView<Problem> table = new TableView<>();
        table.setId("problems");
        table.getColumns().setAll(List.of(Controls.column(lang("File"), p -> shortFile(p.file()), 160),
                Controls.column(lang("Line"), p -> p.line() > 0 ? Integer.toString(p.line()) : "", 60),
                Controls.column(lang("Column or field"), p -> p.field() == null ? "" : p.field(), 170),
                wrapping(Controls.column(lang("Problem"), p -> say(p.reason()), 460))));
        table.getItems().setAll(problems);
        table.setPrefSize(860, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(10, intro, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(box);
        ButtonType close = new ButtonType(lang("Close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (retryLabel != null) {
            ButtonType retry = new ButtonType(retryLabel, ButtonBar.ButtonData.BACK_PREVIOUS);
            getDialogPane().getButtonTypes().setAll(retry, close);
            setResultConverter(b -> b == retry);
        } else {
            getDialogPane().getButtonTypes().setAll(close);
            setResultConverter(b -> false);
        }
        setResizable(true);
    }

    /** Long reasons wrap, and show whole in a tooltip. */
    private static TableColumn<Problem, String> wrapping(TableColumn<Problem, String> c) {
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        return c;
    }

    /** The file's own name: the full path of a file the user just chose only crowds the table. */
    private static String shortFile(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return slash < 0 ? file : file.substring(slash + 1);
    }
}
