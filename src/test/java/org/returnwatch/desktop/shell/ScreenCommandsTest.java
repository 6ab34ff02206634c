package org.returnwatch.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.action.Command;
import org.returnwatch.desktop.chartscreen.ChartsViewModel;

/**
 * Every record command does what it says on the screen on show, or is disabled there and says why:
 * on the Charts screen, Ctrl+S saves the chart under its name and Duplicate is not offered.
 */
class ScreenCommandsTest {
    @TempDir
    Path dir;
    ShellFixture shell;

    @BeforeEach
    void open() {
        shell = new ShellFixture(dir);
    }

    @AfterEach
    void close() {
        shell.close();
    }

    private Command command(AppAction a) {
        return shell.main.command(a);
    }

    @Test
    void onTheChartsScreenSaveSavesTheChartAndWhatItCannotDoIsDisabledWithTheReason() {
        shell.main.show(Section.CHARTS);
        ChartsViewModel charts = shell.window.screens().charts();
        for (AppAction a : new AppAction[] {AppAction.DUPLICATE, AppAction.DELETE, AppAction.LINK, AppAction.BACK,
                AppAction.CANCEL}) {
            assertThat(command(a).executableProperty().get()).as(a.name()).isFalse();
            assertThat(command(a).unavailableProperty().get()).as(a.name()).isEqualTo("Not on the Charts screen.");
        }
        assertThat(command(AppAction.SAVE).unavailableProperty().get()).isEmpty();
        assertThat(command(AppAction.SAVE).executableProperty().get()).as("nothing chosen, no name").isFalse();

        charts.series().all().get(0).setSelected(true);
        charts.saveNameProperty().set("Returns for the annual report");
        assertThat(command(AppAction.SAVE).executableProperty().get()).isTrue();
        command(AppAction.SAVE).execute();
        assertThat(charts.saved()).extracting(s -> s.name()).contains("Returns for the annual report");

        command(AppAction.NEW_RECORD).execute();
        assertThat(charts.series().selectedIds()).as("New starts a chart afresh").isEmpty();
    }

    @Test
    void backOnTheCaseScreenTheSameCommandsAreOfferedAgain() {
        shell.main.show(Section.CHARTS);
        shell.main.show(Section.CASES);
        shell.cases().list().queryProperty().set("xie");
        shell.cases().selectedProperty().set(ShellFixture.caseNamed(shell.cases(), "Xie Weidong"));
        assertThat(command(AppAction.DUPLICATE).executableProperty().get()).isTrue();
        assertThat(command(AppAction.DUPLICATE).unavailableProperty().get()).isEmpty();
        assertThat(command(AppAction.LINK).executableProperty().get()).as("no case open").isFalse();
        assertThat(command(AppAction.LINK).unavailableProperty().get()).as("offered here, just not now").isEmpty();
    }

    @Test
    void aPlaceChosenInTheSidebarShowsItsListNotTheRecordLastLeftOpen() {
        shell.cases().list().queryProperty().set("xie");
        shell.cases().open(ShellFixture.caseNamed(shell.cases(), "Xie Weidong").id());
        assertThat(shell.cases().recordOpenProperty().get()).isTrue();
        shell.main.show(Section.AGREEMENTS);
        shell.main.show(Section.CASES);
        assertThat(shell.cases().recordOpenProperty().get()).as("coming back shows the list").isFalse();

        shell.cases().open(ShellFixture.caseNamed(shell.cases(), "Xie Weidong").id());
        assertThat(shell.cases().recordOpenProperty().get()).isTrue();
        shell.main.show(Section.CASES);
        assertThat(shell.cases().recordOpenProperty().get()).as("Cases chosen again on a case").isFalse();
    }
}
