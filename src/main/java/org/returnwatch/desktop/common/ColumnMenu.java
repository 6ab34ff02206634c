package org.returnwatch.desktop.common;

import static org.returnwatch.i18n.Localization.lang;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A table's Columns menu: a tick for each column the user may hide. A column hidden gives its width to the
 * columns left; the columns a row is known by (its reference, its name) are not offered.
 */
public final class ColumnMenu {
    private ColumnMenu() {
    }

    /**
     * @param hideable the columns that may be hidden, by the fixed name the choice is kept under
     * @param hidden   the names hidden when the table is built (the saved choice)
     * @param save     told the names hidden after each change
     */
    public static MenuButton of(Map<String, ? extends TableColumn<?, ?>> hideable, Set<String> hidden,
                                Consumer<Set<String>> save) {
        MenuButton menu = new MenuButton(lang("Columns"), new FontIcon("mdmz-view_column"));
        menu.setAccessibleText(lang("Columns shown in the list"));
        hideable.forEach((name, column) -> {
            column.setVisible(!hidden.contains(name));
            CheckMenuItem item = new CheckMenuItem();
            item.textProperty().bind(column.textProperty());
            item.setId("column-" + name);
            item.selectedProperty().bindBidirectional(column.visibleProperty());
            column.visibleProperty().addListener((o, was, is) -> {
                Set<String> now = new LinkedHashSet<>();
                hideable.forEach((n, c) -> {
                    if (!c.isVisible()) {
                        now.add(n);
                    }
                });
                save.accept(now);
            });
            menu.getItems().add(item);
        });
        return menu;
    }
}
