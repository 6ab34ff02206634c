package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.lang;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;
import org.returnwatch.chart.ChartLayout;
import org.returnwatch.chart.ChartPalette;
import org.returnwatch.chart.ChartType;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.chart.ExportFormat;
import org.returnwatch.desktop.common.AccessibleNames;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.domain.SavedChart;

/**
 * The Charts screen: checklists on the left, the controls above the chart in the middle, saved charts on
 * the right, export and print below.
 */
public final class ChartsView extends BorderPane {
    private final ChartsViewModel vm;
    private final ChartViewerFactory viewers;
    /** How long the view waits after the last change of size before drawing the chart again. */
    static final Duration RESIZE_PAUSE = Duration.millis(200);

    private final StackPane stage = new StackPane();
    private final PauseTransition resized = new PauseTransition(RESIZE_PAUSE);
    private boolean sized;
    // held here: a bidirectional binding only keeps a weak reference to it
    private final ObjectProperty<Integer> dpi;
    private ChartViewer viewer;

    public ChartsView(ChartsViewModel vm, ChartViewerFactory viewers) {
        this.vm = vm;
        this.viewers = viewers;
        this.dpi = vm.dpiProperty().asObject();
        setId("charts-screen");
        setTop(controls());
        setLeft(checklists());
        setRight(savedCharts());
        setCenter(chartArea());
        setBottom(outputBar());
    }

    private Node controls() {
        ChartControls c = vm.controls();
        ComboBox<ChartType> type = choice("chart-type", ChartType.values(), t -> switch (t) {
            case AUTO -> lang("Automatic");
            case BAR -> lang("Bars");
            case LINE -> lang("Lines");
        }, c.typeProperty());
        type.setTooltip(new Tooltip(lang("Automatic: bars for flows, lines for stocks")));
        ComboBox<Integer> from = yearBox("chart-from", lang("first year"), c.fromYearProperty());
        ComboBox<Integer> to = yearBox("chart-to", lang("last year"), c.toYearProperty());
        Button allYears = new Button(lang("All years"));
        allYears.setId("chart-all-years");
        allYears.setMinWidth(Region.USE_PREF_SIZE);
        allYears.setOnAction(e -> {
            c.fromYearProperty().set(null);
            c.toYearProperty().set(null);
        });
        ComboBox<ChartLayout> layout = choice("chart-layout", ChartLayout.values(), l -> switch (l) {
            case AUTO -> lang("Automatic");
            case ONE_AXIS -> lang("One axis");
            case SECOND_AXIS -> lang("Second axis");
            case SMALL_MULTIPLES -> lang("Small multiples");
        }, c.layoutProperty());
        layout.setTooltip(new Tooltip(lang("Automatic: one axis when the series are comparable, else a panel each")));
        ComboBox<ChartPalette> palette = choice("chart-palette", ChartPalette.values(), p -> switch (p) {
            case COLOUR_BLIND_SAFE -> lang("Colour-blind safe");
            case GREYSCALE -> lang("Greyscale");
        }, c.paletteProperty());
        TextField title = new TextField();
        title.setId("chart-title");
        // the prompt is the title the chart gets when none is typed
        title.promptTextProperty().bind(Bindings.when(vm.defaultTitleProperty().isEmpty())
                .then(lang("the series' names")).otherwise(vm.defaultTitleProperty()));
        title.textProperty().bindBidirectional(c.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        Button clear = new Button(lang("New chart"));
        clear.setId("chart-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> vm.clear());
        HBox first = new HBox(8, label(lang("Type"), type), type, label(lang("Years"), from), from,
                label(lang("to"), to), to, allYears, label(lang("Layout"), layout), layout,
                label(lang("Palette"), palette), palette);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, label(lang("Title"), title), title, clear);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bars = new VBox(6, first, second);
        bars.setPadding(new Insets(8));
        return bars;
    }

    /** A label naming {@code what}, that keeps its whole text when the bar is short of room; the boxes give way. */
    private static Label label(String text, Node what) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setLabelFor(what);
        return l;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> label, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(Controls.converter(label));
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private ComboBox<Integer> yearBox(String id, String prompt, ObjectProperty<Integer> value) {
        ComboBox<Integer> box = new ComboBox<>(vm.years());
        box.setId(id);
        box.setPromptText(prompt);
        box.setVisibleRowCount(12);
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private Node checklists() {
        VBox box = new VBox(6, new Label(lang("Series")),
                checklist(vm.series(), "chart-series", lang("search series")),
                new Label(lang("Agreements marked on the time axis")),
                checklist(vm.agreements(), "chart-agreements", lang("search agreements")));
        box.setPadding(new Insets(0, 0, 8, 8));
        box.setPrefWidth(340);
        return box;
    }

    private Node checklist(Checklist list, String id, String prompt) {
        TextField search = new TextField();
        search.setId(id + "-search");
        search.setAccessibleText(prompt);
        search.setPromptText(prompt);
        search.textProperty().bindBidirectional(list.searchProperty());
        ListView<ChartChoice> view = new ListView<>(list.shown());
        view.setId(id);
        AccessibleNames.named(view, lang("Tick to draw"));
        view.setCellFactory(l -> {
            CheckBoxListCell<ChartChoice> cell = new CheckBoxListCell<>(ChartChoice::selectedProperty,
                    Controls.converter(ChartChoice::label));
            // names are long and the list is narrow: the whole name on hover
            cell.itemProperty().addListener((o, a, b) -> cell.setTooltip(b == null ? null : new Tooltip(b.label())));
            return cell;
        });
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox box = new VBox(4, search, view);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Node chartArea() {
        Label message = new Label();
        message.setId("chart-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        vm.chartProperty().addListener((o, a, chart) -> {
            if (chart == null) {
                if (viewer != null) {
                    viewer.setVisible(false);
                }
                return;
            }
            // one viewer for the screen's life: a new chart replaces the old one in it
            if (viewer == null) {
                viewer = viewers.viewerFor(chart);
                viewer.setId("chart-viewer");
                stage.getChildren().add(viewer);
            }
            SteadyRedraw.show(viewer, chart);
            viewer.setVisible(true);
        });
        // text suits the view's size: drawn again once the resizing has paused
        resized.setOnFinished(e -> reportSize());
        stage.widthProperty().addListener((o, a, b) -> sizeChanged());
        stage.heightProperty().addListener((o, a, b) -> sizeChanged());
        VBox.setVgrow(stage, Priority.ALWAYS);
        VBox area = new VBox(6, message, stage);
        area.setPadding(new Insets(0, 8, 8, 8));
        return area;
    }

    private void sizeChanged() {
        if (!sized) {
            // the first size is known as the screen is laid out: draw at it at once
            sized = stage.getWidth() > 0 && stage.getHeight() > 0;
            reportSize();
        } else {
            resized.playFromStart();
        }
    }

    private void reportSize() {
        vm.viewResized(stage.getWidth(), stage.getHeight());
    }

    private Node outputBar() {
        ComboBox<Integer> resolution = new ComboBox<>();
        resolution.setId("chart-dpi");
        resolution.setAccessibleText(lang("Resolution"));
        resolution.getItems().setAll(ChartOutput.DPI_CHOICES);
        resolution.setConverter(Controls.converter(d -> lang("{0} dpi", d)));
        resolution.valueProperty().bindBidirectional(dpi);
        BooleanBinding idle = vm.requestProperty().isNull().or(vm.workingProperty());
        Button png = outputButton("export-png", lang("PNG…"), idle, () -> vm.output().export(ExportFormat.PNG));
        Button svg = outputButton("export-svg", lang("SVG…"), idle, () -> vm.output().export(ExportFormat.SVG));
        Button pdf = outputButton("export-pdf", lang("PDF…"), idle, () -> vm.output().export(ExportFormat.PDF));
        Button print = outputButton("print-chart", lang("Print…"), idle, () -> vm.output().print());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("chart-progress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(vm.workingProperty());
        Label status = new Label();
        status.setId("chart-status");
        status.textProperty().bind(vm.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(lang("Export")), png, new Label(lang("at")), resolution, svg, pdf, print,
                progress,
                gap, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private static Button outputButton(String id, String text, BooleanBinding disabled, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node savedCharts() {
        ListView<SavedChart> list = new ListView<>(vm.saved());
        list.setId("saved-charts");
        list.setAccessibleText(lang("Saved charts"));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SavedChart item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openSaved(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("save-name");
        AccessibleNames.byPrompt(name);
        name.setPromptText(lang("name to save under"));
        name.textProperty().bindBidirectional(vm.saveNameProperty());
        name.setOnAction(e -> vm.saveChart());
        Button save = new Button(lang("Save"));
        save.setId("save-chart");
        save.setOnAction(e -> vm.saveChart());
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.saveNameProperty().get() == null
                || vm.saveNameProperty().get().isBlank(), vm.saveNameProperty()).or(vm.requestProperty().isNull()));
        Button open = new Button(lang("Open"));
        open.setId("open-chart");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> vm.openSaved(list.getSelectionModel().getSelectedItem()));
        Button delete = new Button(lang("Delete"));
        delete.setId("delete-chart");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.deleteSaved(list.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, new Label(lang("Saved charts")), list, name, new HBox(6, save, open, delete));
        box.setPadding(new Insets(0, 8, 8, 0));
        box.setPrefWidth(240);
        return box;
    }
}
