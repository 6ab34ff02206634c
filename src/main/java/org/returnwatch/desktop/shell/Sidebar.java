package org.returnwatch.desktop.shell;

import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

/** The places, each with how many records it holds. */
final class Sidebar extends ListView<Section> {

    Sidebar(MainViewModel vm) {
        super(FXCollections.observableArrayList(Section.values()));
        setId("sidebar");
        setAccessibleText(org.returnwatch.i18n.Localization.lang("Sections"));
        getStyleClass().add("sidebar");
        setPrefWidth(210);
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(s.label(), new FontIcon(s.icon()));
                name.setGraphicTextGap(10);
                Label count = new Label();
                count.getStyleClass().add("sidebar-count");
                count.setId("count-" + s.name().toLowerCase(java.util.Locale.ROOT));
                count.textProperty().bind(vm.countProperty(s).asString("%,d"));
                count.setVisible(s.kind() != null);
                count.setManaged(s.kind() != null);
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(8, name, gap, count);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
                // the place already chosen, chosen again: back to its list
                setOnMouseClicked(e -> {
                    if (getItem() != null && getItem() == vm.sectionProperty().get()) {
                        vm.show(getItem());
                    }
                });
            }
        });
        getSelectionModel().select(vm.sectionProperty().get());
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.sectionProperty().get()) {
                vm.show(b);
                // the user may have chosen to stay on a record with unsaved changes
                if (vm.sectionProperty().get() != b) {
                    javafx.application.Platform.runLater(() -> getSelectionModel().select(vm.sectionProperty().get()));
                }
            }
        });
        vm.sectionProperty().addListener((o, a, b) -> getSelectionModel().select(b));
    }
}
