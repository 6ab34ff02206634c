package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jfree.chart.JFreeChart;
import org.returnwatch.app.FollowUps;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.app.Workspace;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.CountChart;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.ScreenCommands;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;

/**
 * The Today place: the follow-ups due today or overdue across all cases, and the cases changed in
 * the last days, each leading to its case. It holds no record of its own, so it offers no record
 * commands.
 */
public final class TodayScreen implements Screen {
    /** A change this many days old or newer is recent. */
    public static final int RECENT_DAYS = 14;
    static final int RECENT_CASES = 15;

    private final Session session;
    private final Tasks tasks;
    private final Supplier<LocalDate> today;
    private final ObservableList<FollowUps.Due> due = FXCollections.observableArrayList();
    private final ObservableList<TodayOverview.RecentCase> recent = FXCollections.observableArrayList();
    private final ObservableList<TodayOverview.Count> byStatus = FXCollections.observableArrayList();
    private final ObservableList<TodayOverview.Count> byTactic = FXCollections.observableArrayList();
    private final ObservableList<TodayOverview.Count> byCountry = FXCollections.observableArrayList();
    private final Supplier<ChartService> charts;
    private ChartService chartService;
    private final ReadOnlyObjectWrapper<JFreeChart> statusChart = new ReadOnlyObjectWrapper<>(this, "statusChart");
    private final ReadOnlyObjectWrapper<JFreeChart> tacticChart = new ReadOnlyObjectWrapper<>(this, "tacticChart");
    private final ReadOnlyObjectWrapper<JFreeChart> countryChart = new ReadOnlyObjectWrapper<>(this, "countryChart");
    /** Opens the case list filtered to what a count counts. */
    private java.util.function.Consumer<TodayOverview.Count> showCases = c -> { };
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper clean = new ReadOnlyBooleanWrapper(this, "dirty", false);
    /** Nothing is typed here: never anything unsaved. */
    private final ScreenCommands commands = ScreenCommands.builder().build();

    public TodayScreen(Session session, TaskRunner runner, Supplier<LocalDate> today) {
        this(session, runner, today, ChartService::withInstalledFonts);
    }

    /** @param charts the chart service the counts are drawn with, made once, when first needed */
    public TodayScreen(Session session, TaskRunner runner, Supplier<LocalDate> today, Supplier<ChartService> charts) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.today = today;
        this.charts = charts;
    }

    /** The overview and its counts drawn as charts, both made in the background. */
    private record Drawn(TodayOverview.Overview overview, JFreeChart byStatus, JFreeChart byTactic,
                         JFreeChart byCountry) {
    }

    private synchronized ChartService charts() {
        if (chartService == null) {
            chartService = charts.get();
        }
        return chartService;
    }

    private JFreeChart chart(List<TodayOverview.Count> counts) {
        return counts.isEmpty() ? null : charts().counts(bars(counts), lang("cases"));
    }

    /** The counts as the chart's bars, in the same order, each with its number. */
    public static List<CountChart.Bar> bars(List<TodayOverview.Count> counts) {
        return counts.stream().map(c -> new CountChart.Bar(lang(c.label()), c.count())).toList();
    }

    @Override
    public void activate() {
        if (!session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        LocalDate day = today.get();
        tasks.supersede();
        tasks.run(lang("reading what is due"), () -> {
            TodayOverview.Overview read = w.today().read(day, RECENT_DAYS, RECENT_CASES);
            return new Drawn(read, chart(read.byStatus()), chart(read.byTactic()), chart(read.byCountry()));
        }, d -> {
            TodayOverview.Overview o = d.overview();
            statusChart.set(d.byStatus());
            tacticChart.set(d.byTactic());
            countryChart.set(d.byCountry());
            due.setAll(o.due());
            recent.setAll(o.recent());
            byStatus.setAll(o.byStatus());
            byTactic.setAll(o.byTactic());
            byCountry.setAll(o.byCountry());
            problem.set("");
        }, e -> problem.set(message(e)));
    }

    /** Past its day and not done. */
    public boolean overdue(FollowUps.Due d) {
        return d.followUp().due().isBefore(today.get());
    }

    public LocalDate today() {
        return today.get();
    }

    @Override
    public ScreenCommands commands() {
        return commands;
    }

    @Override
    public void open(UUID id) {
        // holds no records: a record is opened where it belongs
    }

    @Override
    public void leave(Runnable proceed) {
        proceed.run();
    }

    @Override
    public java.util.Optional<org.returnwatch.desktop.shell.ShownRecords> shown() {
        return java.util.Optional.empty();
    }

    @Override
    public void forget() {
        tasks.cancelAll();
        due.clear();
        recent.clear();
        byStatus.clear();
        byTactic.clear();
        byCountry.clear();
        statusChart.set(null);
        tacticChart.set(null);
        countryChart.set(null);
    }

    /** What a click on a count does: the window opens the case list filtered to those cases. */
    public void setShowCases(java.util.function.Consumer<TodayOverview.Count> show) {
        this.showCases = show;
    }

    /** Opens the case list on the cases {@code c} counts. */
    public void showCases(TodayOverview.Count c) {
        showCases.accept(c);
    }

    /** {@link #byStatus()} as a bar chart, one bar a count in the same order; null when there is none. */
    public ReadOnlyObjectProperty<JFreeChart> statusChartProperty() {
        return statusChart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> tacticChartProperty() {
        return tacticChart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<JFreeChart> countryChartProperty() {
        return countryChart.getReadOnlyProperty();
    }

    /** Open and monitoring cases. */
    public ObservableList<TodayOverview.Count> byStatus() {
        return byStatus;
    }

    /** Cases opened in the last 12 months, by tactic, the most first. */
    public ObservableList<TodayOverview.Count> byTactic() {
        return byTactic;
    }

    /** Cases opened in the last 12 months, by country of residence, the most first. */
    public ObservableList<TodayOverview.Count> byCountry() {
        return byCountry;
    }

    /** The first day of the 12 months the counts by tactic and country cover. */
    public LocalDate yearAgo() {
        return TodayOverview.yearBefore(today.get());
    }

    @Override
    public ReadOnlyBooleanProperty dirtyProperty() {
        return clean.getReadOnlyProperty();
    }

    public ObservableList<FollowUps.Due> due() {
        return due;
    }

    public ObservableList<TodayOverview.RecentCase> recent() {
        return recent;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
