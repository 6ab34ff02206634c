package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.chart.ChartCaption;
import org.returnwatch.chart.ChartFigure;
import org.returnwatch.chart.ExportOptions;
import org.returnwatch.i18n.Localization;

/**
 * The print preview's state: the figure to print, the printer, paper, orientation and margins chosen,
 * and how the figure sits on that page. The figure is printed across the width inside the margins, at
 * its usual 16:10 shape (taller for small multiples), with its caption under it; on a page too short
 * for that the chart gives up height, down to half the printable height.
 */
public final class PrintPreviewViewModel {
    private static final double HEIGHT_TO_WIDTH = 10.0 / 16.0;

    private final ChartFigure figure;
    private final ObservableList<String> printers;
    private final ObjectProperty<String> printer = new SimpleObjectProperty<>(this, "printer");
    private final ObjectProperty<PageSetup.Paper> paper = new SimpleObjectProperty<>(this, "paper");
    private final ObjectProperty<PageSetup.Orientation> orientation = new SimpleObjectProperty<>(this, "orientation",
            PageSetup.Orientation.LANDSCAPE);
    private final ObjectProperty<PageSetup.Margins> margins = new SimpleObjectProperty<>(this, "margins",
            PageSetup.Margins.NORMAL);
    private final ReadOnlyObjectWrapper<Placement> placement = new ReadOnlyObjectWrapper<>(this, "placement");

    /**
     * Where the figure goes on the page, in points from the page's top left corner.
     *
     * @param chartHeightPt the chart's height; its caption follows under it
     * @param heightPt      the chart and its caption together
     * @param scale         1, or less when even so the figure is taller than the printable area
     */
    public record Placement(PageSetup page, double chartHeightPt, double heightPt, double scale) {
        public double widthPt() {
            return page.printableWidthPt();
        }
    }

    /** @param printerNames the installed printers, the default first; not empty */
    public PrintPreviewViewModel(ChartFigure figure, List<String> printerNames, Locale locale) {
        this.figure = figure;
        this.printers = FXCollections.observableArrayList(printerNames);
        printer.set(printerNames.isEmpty() ? null : printerNames.get(0));
        paper.set(PageSetup.Paper.usualFor(locale));
        for (Observable o : new Observable[] {printer, paper, orientation, margins}) {
            o.addListener(x -> place());
        }
        place();
    }

    private void place() {
        PageSetup page = new PageSetup(printer.get(), paper.get(), orientation.get(), margins.get());
        placement.set(fit(figure, page));
    }

    /** How the figure sits on this page. */
    static Placement fit(ChartFigure figure, PageSetup page) {
        double w = page.printableWidthPt();
        double room = page.printableHeightPt();
        double h = new ExportOptions(w, w * HEIGHT_TO_WIDTH, ExportOptions.DEFAULT_DPI)
                .withRoomForPanels(figure.panelCount()).heightPt();
        h = Math.max(Math.min(h, room - captionHeight(figure, w, h)), room / 2);
        double total = h + captionHeight(figure, w, h);
        return new Placement(page, h, total, Math.min(1.0, room / total));
    }

    private static double captionHeight(ChartFigure figure, double w, double h) {
        ChartCaption caption = figure.captionAt(w, h);
        return figure.captionHeight(caption, w);
    }

    public ChartFigure figure() {
        return figure;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<String> printerProperty() {
        return printer;
    }

    public ObjectProperty<PageSetup.Paper> paperProperty() {
        return paper;
    }

    public ObjectProperty<PageSetup.Orientation> orientationProperty() {
        return orientation;
    }

    public ObjectProperty<PageSetup.Margins> marginsProperty() {
        return margins;
    }

    /** The page as set now and the figure's place on it; changes with every choice. */
    public ReadOnlyObjectProperty<Placement> placementProperty() {
        return placement.getReadOnlyProperty();
    }

    public Placement placement() {
        return placement.get();
    }

    /** What the page holds, in words, for under the preview. */
    public String summary() {
        Placement p = placement.get();
        PageSetup page = p.page();
        String text = lang("The chart prints {0} \u00d7 {1} mm with its notes and sources "
                        + "under it, on {2} paper, {3}, with {4} margins.", whole(mm(p.widthPt() * p.scale())),
                whole(mm(p.chartHeightPt() * p.scale())), page.paper().name().charAt(0)
                        + page.paper().name().substring(1)
                        .toLowerCase(Locale.ROOT), page.orientation().label().toLowerCase(Localization.locale()),
                page.margins().label().toLowerCase(Localization.locale()).replaceAll(" ?[(\uff08].*", ""));
        return p.scale() < 1 ? lang("{0} It is made smaller to fit the page.", text) : text;
    }

    private static String whole(double mm) {
        return String.format(Localization.locale(), "%.0f", mm);
    }

    private static double mm(double points) {
        return points / 72 * 25.4;
    }
}
