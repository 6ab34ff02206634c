package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.returnwatch.desktop.common.Theme;

/** The file's first rows as read with the chosen delimiter and encoding; a column a heading of the file. */
final class PreviewTable extends TableView<List<String>> {

    PreviewTable(ObservableList<String> header, ObservableList<List<String>> rows) {
        setId("mapping-preview");
        setItems(rows);
        getStyleClass().addAll(Theme.STRIPED, Theme.DENSE);
        setPlaceholder(new Label(lang("Nothing read yet")));
        columnsFor(header);
        header.addListener((ListChangeListener<String>) c -> columnsFor(header));
    }

    private void columnsFor(List<String> header) {
        getColumns().clear();
        for (int i = 0; i < header.size(); i++) {
            int at = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(at < d.getValue().size()
                    ? d.getValue().get(at).replace('\n', ' ') : ""));
            c.setPrefWidth(Math.max(90, Math.min(220, 9 * header.get(i).length() + 30)));
            c.setSortable(false);
            getColumns().add(c);
        }
    }
}
