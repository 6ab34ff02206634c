package org.returnwatch.desktop.exchange;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.exchange.Problem;

/** Why an import was refused: every problem with its file, line and column, in a table. */
public final class ProblemsDialog extends Dialog<Boolean> {

    public ProblemsDialog(String title, String message, List<Problem> problems, String retryLabel, Window owner) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(null);
        Label intro = new Label(message);
        intro.setWrapText(true);
        // a wrapped label in a dialog is otherwise given one line's height, and the next control covers it
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        TableView<Problem> table = new TableView<>();
        table.setId("problems");
        table.getColumns().setAll(List.of(column("File", 160, p -> shortFile(p.file())),
                column("Line", 60, p -> p.line() > 0 ? Integer.toString(p.line()) : ""),
                column("Column or field", 170, p -> p.field() == null ? "" : p.field()),
                wrapping(column("Problem", 460, Problem::reason))));
        table.getItems().setAll(problems);
        table.setPrefSize(860, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox box = new VBox(10, intro, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(box);
        ButtonType close = new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE);
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

    private static TableColumn<Problem, String> column(String title, double width,
                                                       java.util.function.Function<Problem, String> value) {
        TableColumn<Problem, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
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
