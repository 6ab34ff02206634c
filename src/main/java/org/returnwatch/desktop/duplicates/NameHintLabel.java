package org.returnwatch.desktop.duplicates;

import javafx.scene.control.Label;

/** "Also found as: …" under a name; it takes no room while the name has no other reading. */
public final class NameHintLabel extends Label {

    public NameHintLabel(NameHints hints) {
        setId("name-hint");
        getStyleClass().add("name-hint");
        setWrapText(true);
        textProperty().bind(hints.textProperty());
        visibleProperty().bind(hints.textProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
