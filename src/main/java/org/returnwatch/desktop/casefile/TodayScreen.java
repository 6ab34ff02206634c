package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.FollowUps;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.app.Workspace;
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
    /** Opens the case list filtered to what a count counts. */
    private java.util.function.Consumer<TodayOverview.Count> showCases = c -> { };
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper clean = new ReadOnlyBooleanWrapper(this, "dirty", false);
    /** Nothing is typed here: never anything unsaved. */
    private final ScreenCommands commands = ScreenCommands.builder().build();

    public TodayScreen(Session session, TaskRunner runner, Supplier<LocalDate> today) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.today = today;
    }

    @Override
    public void activate() {
        if (!session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        LocalDate day = today.get();
        tasks.supersede();
        tasks.run(lang("reading what is due"), () -> w.today().read(day, RECENT_DAYS, RECENT_CASES), o -> {
            due.setAll(o.due());
            recent.setAll(o.recent());
            byStatus.setAll(o.byStatus());
            byTactic.setAll(o.byTactic());
            byCountry.setAll(o.byCountry());
            problem.set("");
        }, e -> problem.set(e.getMessage()));
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
    }

    /** What a click on a count does: the window opens the case list filtered to those cases. */
    public void setShowCases(java.util.function.Consumer<TodayOverview.Count> show) {
        this.showCases = show;
    }

    /** Opens the case list on the cases {@code c} counts. */
    public void showCases(TodayOverview.Count c) {
        showCases.accept(c);
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
