package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.lang;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.effect.DropShadow;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.stage.Window;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.common.Controls;

/**
 * The print preview: the page as it will print (the chart and its caption under it, inside the
 * margins) beside the choice of printer, paper, orientation and margins; every choice redraws the page.
 */
final class PrintPreviewDialog extends Dialog<Boolean> {
    /** The largest side of the page on screen, in pixels. */
    static final double PREVIEW_SIZE = 560;

    private final PrintPreviewViewModel vm;
    private final ChartViewerFactory viewers;
    private final Pane sheet = new Pane();
    private final Label summary = Controls.wrapping("");

    PrintPreviewDialog(PrintPreviewViewModel vm, ChartViewerFactory viewers, Window owner) {
        this.vm = vm;
        this.viewers = viewers;
        initOwner(owner);
        setTitle(lang("Print chart"));
        setHeaderText(null);
        GridPane choices = new GridPane();
        org.returnwatch.desktop.common.AccessibleNames.labelRows(choices);
        choices.setHgap(8);
        choices.setVgap(10);
        ComboBox<String> printer = new ComboBox<>(vm.printers());
        printer.setId("print-printer");
        printer.valueProperty().bindBidirectional(vm.printerProperty());
        choices.addRow(0, new Label(lang("Printer")), printer);
        choices.addRow(1, new Label(lang("Paper")), choice("print-paper", PageSetup.Paper.values(),
                PageSetup.Paper::label,
                vm.paperProperty()));
        choices.addRow(2, new Label(lang("Orientation")), choice("print-orientation", PageSetup.Orientation.values(),
                PageSetup.Orientation::label, vm.orientationProperty()));
        choices.addRow(3, new Label(lang("Margins")), choice("print-margins", PageSetup.Margins.values(),
                PageSetup.Margins::label, vm.marginsProperty()));
        summary.setId("print-summary");
        summary.setMaxWidth(260);
        VBox left = new VBox(16, choices, summary);
        sheet.setId("print-page");
        StackPane desk = new StackPane(sheet);
        desk.setPrefSize(PREVIEW_SIZE + 32, PREVIEW_SIZE + 32);
        desk.setMinSize(PREVIEW_SIZE + 32, PREVIEW_SIZE + 32);
        desk.setAlignment(Pos.CENTER);
        desk.setStyle("-fx-background-color: #d9dcdf;");
        HBox content = new HBox(16, left, desk);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        ButtonType print = new ButtonType(lang("Print"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(print, ButtonType.CANCEL);
        getDialogPane().lookupButton(print).setId("print-send");
        getDialogPane().lookupButton(print).disableProperty().bind(vm.printerProperty().isNull());
        setResultConverter(b -> b == print);
        vm.placementProperty().addListener((o, a, b) -> draw());
        draw();
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> label, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Controls.converter(label));
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** The page at a size that fits the preview, with the figure drawn as it prints, then made smaller. */
    private void draw() {
        PrintPreviewViewModel.Placement p = vm.placement();
        PageSetup page = p.page();
        double s = PREVIEW_SIZE / Math.max(page.pageWidthPt(), page.pageHeightPt());
        Rectangle paper = new Rectangle(page.pageWidthPt() * s, page.pageHeightPt() * s, Color.WHITE);
        paper.setEffect(new DropShadow(8, Color.gray(0, 0.35)));
        Canvas figure = viewers.printNode(vm.figure(), p.widthPt(), p.chartHeightPt());
        figure.setId("print-preview-figure");
        Group placed = new Group(figure);
        placed.getTransforms().add(new Scale(s * p.scale(), s * p.scale()));
        placed.setLayoutX(page.marginPt() * s);
        placed.setLayoutY(page.marginPt() * s);
        sheet.getChildren().setAll(paper, placed);
        sheet.setPrefSize(paper.getWidth(), paper.getHeight());
        sheet.setMaxSize(paper.getWidth(), paper.getHeight());
        summary.setText(vm.summary());
    }
}
