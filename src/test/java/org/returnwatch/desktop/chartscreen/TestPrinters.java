package org.returnwatch.desktop.chartscreen;

import java.util.ArrayList;
import java.util.List;
import org.returnwatch.chart.ChartFigure;

/**
 * Printers for tests, which have none (JavaFX finds no printer under Monocle): a list of names, and
 * every page "printed" on them kept for the test to look at.
 */
public final class TestPrinters implements ChartPrinters {
    /** One page handed to a printer. */
    public record Job(ChartFigure figure, PageSetup page, double chartHeightPt) {
    }

    private final List<String> names;
    public final List<Job> jobs = new ArrayList<>();

    private TestPrinters(List<String> names) {
        this.names = List.copyOf(names);
    }

    public static TestPrinters none() {
        return new TestPrinters(List.of());
    }

    public static TestPrinters of(String... names) {
        return new TestPrinters(List.of(names));
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public boolean print(ChartFigure figure, PageSetup page, double chartHeightPt) {
        jobs.add(new Job(figure, page, chartHeightPt));
        return true;
    }
}
