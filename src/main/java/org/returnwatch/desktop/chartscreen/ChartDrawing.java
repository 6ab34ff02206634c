package org.returnwatch.desktop.chartscreen;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jfree.chart.JFreeChart;
import org.returnwatch.app.ChartDefinition;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.TaskHandle;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;

/**
 * Draws the chart on show in two steps, both in the background: the chosen series are read from the
 * database (only when the choice of series or agreements changes), then the chart is built from them at
 * the size of the view, with text scaled to it. A change of title, type, years, layout or palette, or a
 * resized view, only builds again. A newer question supersedes the answers still on their way.
 */
final class ChartDrawing {
    static final String CHOOSE = key("Choose one or more series to draw.");

    private final Session session;
    private final Tasks reading;
    private final Tasks building;
    private final Supplier<ChartService> service;
    private final Supplier<ChartDefinition> definition;
    private final ReadOnlyObjectWrapper<JFreeChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyObjectWrapper<ChartRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", lang(CHOOSE));
    private final ReadOnlyStringWrapper defaultTitle = new ReadOnlyStringWrapper(this, "defaultTitle", "");
    /** The series and agreements as last read, before the controls' title, years, layout and palette. */
    private ChartRequest base;
    private TaskHandle read;
    private double width;
    private double height;

    /**
     * @param runner      the database's runner, for reading the series
     * @param chartRunner where charts are built, so a slow drawing never holds up the database
     * @param definition  what the controls ask for now
     */
    ChartDrawing(Session session, TaskRunner runner, TaskRunner chartRunner, Supplier<ChartService> service,
                 Supplier<ChartDefinition> definition) {
        this.session = session;
        this.reading = new Tasks(runner);
        this.building = new Tasks(chartRunner);
        this.service = service;
        this.definition = definition;
    }

    /** The series or agreements chosen changed: reads them as they are now, then builds. */
    void reload() {
        reading.supersede();
        building.supersede();
        if (!session.isUnlocked()) {
            return;
        }
        ChartDefinition d = definition.get();
        if (d.seriesIds().isEmpty()) {
            base = null;
            defaultTitle.set("");
            show(null, null, lang(CHOOSE));
            return;
        }
        Workspace w = session.workspace();
        // years are the controls' to apply: a backward range is said by build(), not refused here
        ChartDefinition allYears = new ChartDefinition(d.seriesIds(), d.agreementIds(), d.type(), null, null,
                d.title(), d.layout(), d.palette());
        read = reading.run(lang("reading the chart's series"), () -> w.charts().request(allYears, LocalDate.now()),
                r -> {
            base = r;
            build();
        }, e -> {
            base = null;
            show(null, null, message(e));
        });
    }

    /** A control other than the checklists changed: builds again from the series already read. */
    void restyle() {
        if (read != null && read.isWanted()) {
            // the reading under way builds with the controls as they are when it arrives
            return;
        }
        build();
    }

    /** The view is now this many pixels: builds again so that the text suits its size. */
    void resized(double widthPx, double heightPx) {
        width = widthPx;
        height = heightPx;
        restyle();
    }

    private void build() {
        building.supersede();
        if (base == null || !session.isUnlocked()) {
            return;
        }
        ChartDefinition d = definition.get();
        if (d.fromYear() != null && d.toYear() != null && d.fromYear() > d.toYear()) {
            show(null, null, lang("The first year ({0}) is after the last year ({1}).", d.fromYear(), d.toYear()));
            return;
        }
        ChartRequest r = d.applyTo(base);
        defaultTitle.set(r.defaultTitle());
        double w = width;
        double h = height;
        building.run(lang("drawing the chart"), () -> service.get().buildForScreen(r, w, h), c -> show(r, c, ""), e -> {
            if (e instanceof IllegalArgumentException && chart.get() != null) {
                // a layout that cannot hold these series: the chart drawn before stays, with the reason
                message.set(lang("{0} The chart shown is the one drawn before.", sentence(message(e))));
            } else {
                show(null, null, e instanceof IllegalArgumentException ? sentence(message(e))
                        : lang("Could not draw the chart: {0}", message(e)));
            }
        });
    }

    /** "cannot draw …; use …" as a sentence: a capital and a full stop. */
    static String sentence(String reason) {
        if (reason == null || reason.isBlank()) {
            return lang("This chart cannot be drawn.");
        }
        String s = reason.strip();
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    private void show(ChartRequest r, JFreeChart c, String why) {
        request.set(r);
        chart.set(c);
        message.set(why);
    }

    /** Locked: nothing on its way is delivered, and nothing read is kept. */
    void forget() {
        reading.cancelAll();
        building.cancelAll();
        base = null;
        read = null;
        defaultTitle.set("");
        show(null, null, lang(CHOOSE));
    }

    ReadOnlyObjectProperty<JFreeChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ChartRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyStringProperty defaultTitleProperty() {
        return defaultTitle.getReadOnlyProperty();
    }
}
