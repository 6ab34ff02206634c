package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.Merging.Choice;
import org.returnwatch.desktop.common.Controls;

/** Both records side by side: a choice for each field they differ on, what moves, and Merge. */
final class MergeDialog extends Dialog<Boolean> {
    private final MergeViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label kept = new Label();
    private final Label removed = new Label();

    MergeDialog(MergeViewModel vm, Window owner) {
        this.vm = vm;
        initOwner(owner);
        setTitle(lang("Merge two records"));
        setHeaderText(lang(
                "Choose what the record kept holds. Nothing is lost: what hangs on the other record moves to "
                + "it."));
        grid.getStyleClass().add("merge-grid");
        grid.setId("merge-grid");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints label = new ColumnConstraints(150);
        ColumnConstraints side = new ColumnConstraints(240, 320, Double.MAX_VALUE);
        side.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(label, side, side, new ColumnConstraints(70));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(360);
        Button swap = new Button(lang("Keep the other record instead"), new FontIcon("mdmz-swap_horiz"));
        swap.setId("merge-swap");
        swap.setOnAction(e -> vm.swap());
        Label summary = Controls.wrapping("");
        summary.setId("merge-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label problem = Controls.wrapping("");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");
        VBox box = new VBox(10, swap, scroll, summary, problem);
        box.setPrefWidth(900);
        getDialogPane().setContent(box);
        ButtonType merge = new ButtonType(lang("Merge"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(merge, ButtonType.CANCEL);
        getDialogPane().lookupButton(merge).setId("merge-confirm");
        setResultConverter(b -> b == merge);
        setResizable(true);
        vm.rows().addListener((ListChangeListener<MergeViewModel.Row>) c -> fill());
        vm.previewProperty().addListener((Observable o) -> fill());
        fill();
    }

    private void fill() {
        grid.getChildren().clear();
        kept.setText(lang("Keep  {0}  {1}", vm.kept().ref(), vm.kept().title()));
        removed.setText(lang("Merge into it  {0}  {1}", vm.removed().ref(), vm.removed().title()));
        kept.getStyleClass().setAll("label", "merge-header");
        removed.getStyleClass().setAll("label", "merge-header");
        kept.setWrapText(true);
        removed.setWrapText(true);
        grid.addRow(0, new Label(lang("Field")), kept, removed, new Label(lang("Both")));
        int r = 1;
        for (MergeViewModel.Row row : vm.rows()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton a = option(row, Choice.KEPT, row.kept(), group);
            RadioButton b = option(row, Choice.REMOVED, row.removed(), group);
            RadioButton both = option(row, Choice.BOTH, "", group);
            both.setDisable(!row.bothAllowed());
            grid.addRow(r++, new Label(row.label()), a, b, both);
        }
        if (vm.rows().isEmpty()) {
            grid.addRow(r, new Label(""), new Label(lang("The two records hold the same values.")));
        }
    }

    private static RadioButton option(MergeViewModel.Row row, Choice c, String text, ToggleGroup group) {
        RadioButton b = new RadioButton(c == Choice.BOTH ? "" : text.isEmpty() ? "(empty)" : text);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setToggleGroup(group);
        b.setId("merge-" + row.field() + "-" + c.name().toLowerCase(java.util.Locale.ROOT));
        b.setSelected(row.choiceProperty().get() == c);
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                row.choiceProperty().set(c);
            }
        });
        return b;
    }
}
