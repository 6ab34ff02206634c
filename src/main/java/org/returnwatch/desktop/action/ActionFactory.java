package org.returnwatch.desktop.action;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;

/** Makes menu items and buttons from declared actions, bound to their commands. */
public final class ActionFactory {
    private final Function<AppAction, Command> commands;

    public ActionFactory(Function<AppAction, Command> commands) {
        this.commands = commands;
    }

    public MenuItem menuItem(AppAction a) {
        MenuItem item = new MenuItem(a.label(), new FontIcon(a.icon()));
        if (a.shortcut() != null) {
            item.setAccelerator(KeyCombination.valueOf(a.shortcut()));
        }
        Command c = commands.apply(a);
        item.disableProperty().bind(c.executableProperty().not());
        item.setOnAction(e -> c.execute());
        item.setId("menu-" + a.name().toLowerCase(java.util.Locale.ROOT));
        return item;
    }

    /** A menu item without the accelerator, for context menus (the menu bar's one already answers the key). */
    public MenuItem contextItem(AppAction a) {
        MenuItem item = menuItem(a);
        item.setAccelerator(null);
        return item;
    }

    public Button button(AppAction a, boolean withText) {
        Button b = new Button(withText ? a.label() : null, new FontIcon(a.icon()));
        String tip = a.label() + (a.shortcut() == null ? "" : "  (" + KeyCombination.valueOf(a.shortcut())
                .getDisplayText() + ")");
        Command c = commands.apply(a);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(c.unavailableProperty().map(why -> why.isEmpty() ? tip : tip + "\n" + why));
        b.setTooltip(tooltip);
        b.disableProperty().bind(c.executableProperty().not());
        b.setOnAction(e -> c.execute());
        b.setId("button-" + a.name().toLowerCase(java.util.Locale.ROOT));
        b.setFocusTraversable(false);
        // a long record title gives way, the buttons keep their labels
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }
}
