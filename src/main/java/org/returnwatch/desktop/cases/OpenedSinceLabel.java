package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.returnwatch.desktop.common.Theme;

/** "Opened since 2025-11-30 ×": the date filter a count of the Today screen sets, shown only while set. */
final class OpenedSinceLabel extends HBox {
    OpenedSinceLabel(ObjectProperty<LocalDate> since) {
        super(2);
        setId("case-opened-since");
        Label text = new Label();
        text.textProperty().bind(since.map(d -> lang("Opened since {0}", d)).orElse(""));
        Button clear = new Button("×");
        clear.getStyleClass().add(Theme.FLAT);
        clear.setOnAction(e -> since.set(null));
        getChildren().addAll(text, clear);
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        visibleProperty().bind(since.isNotNull());
        managedProperty().bind(visibleProperty());
    }
}
