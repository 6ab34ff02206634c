package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.lang;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;

/** The choices of File → Export, as radio buttons: what, in which form, and whether pseudonymised. */
public final class ExportDialog extends Dialog<Boolean> {

    public ExportDialog(ExportViewModel vm, Window owner) {
        initOwner(owner);
        setTitle(lang("Export"));
        setHeaderText(lang("Export records to share them or to keep a copy outside the database."));
        VBox box = new VBox(6, heading(lang("What to export")), scope(vm), heading(lang("Format")), destinations(vm),
                heading(lang("Pseudonymise (for sharing with researchers)")), redactions(vm), warning(vm));
        box.setPrefWidth(620);
        getDialogPane().setContent(box);
        ButtonType export = new ButtonType(lang("Export…"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(export, ButtonType.CANCEL);
        getDialogPane().lookupButton(export).setId("export-go");
        getDialogPane().lookupButton(export).disableProperty().bind(vm.readyProperty().not());
        setResultConverter(b -> b == export);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setStyle("-fx-padding: 8 0 0 0;");
        return l;
    }

    private static Node scope(ExportViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = new RadioButton(lang("Everything in the database"));
        all.setId("export-all");
        String shownText = vm.shownDescription();
        RadioButton shown = new RadioButton(shownText == null
                ? lang("What the list on show holds (this screen has no list)")
                : shownText);
        shown.setId("export-shown");
        shown.setWrapText(true);
        shown.setDisable(shownText == null);
        all.setToggleGroup(group);
        shown.setToggleGroup(group);
        (vm.onlyShownProperty().get() ? shown : all).setSelected(true);
        vm.onlyShownProperty().bind(shown.selectedProperty());
        Label note = Controls.wrapping(lang("Each record comes with what it needs: a case with its incidents and their "
                + "perpetrators, a statistic with its figures, every record with its citations and their sources."));
        note.getStyleClass().add("text-muted");
        return new VBox(4, all, shown, reach(vm, shown), note);
    }

    /** For what the list shows: with the records they are linked to, or only them; offered only then. */
    private static Node reach(ExportViewModel vm, RadioButton shown) {
        ToggleGroup group = new ToggleGroup();
        RadioButton linked = new RadioButton(lang("With every record they are linked to (people, agencies, agreements, "
                + "statistics, other cases) and those links, so that importing it elsewhere rebuilds the same case "
                + "file"));
        linked.setId("export-with-linked");
        RadioButton only = new RadioButton(lang("Only these records: links to records left out are not exported"));
        only.setId("export-only-these");
        for (RadioButton r : java.util.List.of(linked, only)) {
            r.setWrapText(true);
            r.setToggleGroup(group);
            r.disableProperty().bind(shown.selectedProperty().not());
        }
        (vm.withLinkedProperty().get() ? linked : only).setSelected(true);
        vm.withLinkedProperty().bind(linked.selectedProperty());
        VBox box = new VBox(4, linked, only);
        box.setStyle("-fx-padding: 0 0 0 24;");
        return box;
    }

    private static Node destinations(ExportViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (ExportViewModel.Destination d : ExportViewModel.Destination.values()) {
            box.getChildren().add(radio(group, "export-", d, d.label(), vm.destinationProperty()));
        }
        return box;
    }

    private static Node redactions(ExportViewModel vm) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4);
        for (ExportViewModel.Redaction red : ExportViewModel.Redaction.values()) {
            RadioButton r = radio(group, "redaction-", red, red.label(), vm.redactionProperty());
            if (red == ExportViewModel.Redaction.FILE) {
                Button choose = new Button(lang("Choose…"));
                choose.setOnAction(e -> vm.chooseProfileFile());
                Label file = new Label();
                file.textProperty()
                        .bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.profileFileProperty()
                        .get() == null ? "" : vm.profileFileProperty().get().getFileName().toString(),
                        vm.profileFileProperty()));
                box.getChildren().add(new HBox(8, r, choose, file));
            } else {
                box.getChildren().add(r);
            }
        }
        return box;
    }

    /** One choice of {@code property}, kept in step with it both ways (choosing a profile file selects its button). */
    private static <E extends Enum<E>> RadioButton radio(ToggleGroup group, String idPrefix, E value, String label,
                                                         javafx.beans.property.ObjectProperty<E> property) {
        RadioButton r = new RadioButton(label);
        r.setId(idPrefix + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        r.setToggleGroup(group);
        r.setSelected(property.get() == value);
        r.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                property.set(value);
            }
        });
        property.addListener((o, was, now) -> r.setSelected(now == value));
        return r;
    }

    private static Node warning(ExportViewModel vm) {
        Label l = Controls.wrapping(null);
        l.setStyle("-fx-padding: 8 0 0 0;");
        l.textProperty().bind(vm.redactionProperty().map(r -> r == ExportViewModel.Redaction.NONE
                ? lang("An exact copy is not encrypted: anyone who gets the file can read every name and note in it.")
                : lang("Codes are stable: the same person has the same code in every pseudonymised export of this "
                        + "database.")));
        return l;
    }
}
