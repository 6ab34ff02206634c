package org.returnwatch.desktop.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.returnwatch.app.Casework;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.chart.ChartService;
import org.returnwatch.chart.CountChart;
import org.returnwatch.desktop.Seeded;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.task.DirectTaskRunner;
import org.returnwatch.domain.CaseStatus;
import org.returnwatch.domain.Reference;

/** The Today screen's charts on a real encrypted database: each shows the very counts its numbers give. */
class TodayChartsTest {
    @TempDir
    Path dir;
    Session session;
    LocalDate today = LocalDate.now();

    @BeforeEach
    void open() {
        session = Seeded.session(dir);
        openedLately(session, today);
    }

    /** Three seeded cases opened a month ago (two living in Canada, one in the United States), one monitored. */
    static void openedLately(Session session, LocalDate today) {
        Casework work = session.workspace().casework();
        for (String ref : List.of("RW-C-0001", "RW-C-0003", "RW-C-0005")) {
            work.change(Reference.parse(ref), new Casework.Change(CaseStatus.OPEN, null, today.minusDays(30), null));
        }
        work.change(Reference.parse("RW-C-0004"), new Casework.Change(CaseStatus.MONITORING, null, null, null));
    }

    @AfterEach
    void close() {
        Seeded.close(session);
    }

    private static List<CountChart.Bar> numbers(List<TodayOverview.Count> counts) {
        return counts.stream().map(c -> new CountChart.Bar(c.label(), c.count())).toList();
    }

    @Test
    void eachChartShowsTheSameCountsAsTheNumbersInTheSameOrder() {
        TodayScreen screen = new TodayScreen(session, new DirectTaskRunner(), () -> today,
                ChartService::withInstalledFonts);
        screen.activate();

        assertThat(numbers(screen.byStatus())).containsExactly(new CountChart.Bar("open", 13),
                new CountChart.Bar("monitoring", 1));
        assertThat(numbers(screen.byCountry())).containsExactly(new CountChart.Bar("Canada", 2),
                new CountChart.Bar("United States", 1));
        assertThat(screen.byTactic()).isNotEmpty();
        List<JFreeChart> charts = List.of(screen.statusChartProperty().get(), screen.tacticChartProperty().get(),
                screen.countryChartProperty().get());
        List<List<TodayOverview.Count>> counts = List.of(screen.byStatus(), screen.byTactic(), screen.byCountry());
        for (int i = 0; i < charts.size(); i++) {
            assertThat(CountChart.bars(charts.get(i))).isEqualTo(numbers(counts.get(i)));
        }

        screen.forget();
        assertThat(screen.countryChartProperty().get()).as("nothing of the database kept after a lock").isNull();
    }

    @Test
    void withNothingToCountThereIsNoChart() {
        TodayScreen screen = new TodayScreen(session, new DirectTaskRunner(), () -> today.plusYears(3),
                ChartService::withInstalledFonts);
        screen.activate();
        assertThat(screen.byCountry()).isEmpty();
        assertThat(screen.countryChartProperty().get()).isNull();
    }
}
