package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The seed dataset's charts say what they show in words (docs/chart-rules.md): a panel per scale or the
 * layout chosen, a title that reads as a sentence, a source line naming source and outlet.
 */
class SeedChartWordsTest {
    private final SeedCharts seed = SeedCharts.get();
    private final SeriesChartFactory factory = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN));

    @Test
    void seriesOfVerySizesOrMeasuresGetAPanelEachAndTheLayoutCanBeChosen() {
        assertThat(factory.figure(seed.request("RW-S-0001", "RW-S-0002")).panelCount()).isEqualTo(2);
        ChartFigure inventories = factory.figure(seed.request("RW-S-0004", "RW-S-0011"));
        assertThat(inventories.panelCount()).isEqualTo(2);
        assertThat(inventories.caption().text()).contains("Each panel has its own scale");
        assertThat(factory.figure(seed.request("RW-S-0001")).panelCount()).isEqualTo(1);

        ChartFigure twoAxes = factory.figure(seed.request("RW-S-0004", "RW-S-0011")
                .withLayout(ChartLayout.SECOND_AXIS));
        assertThat(twoAxes.panelCount()).isEqualTo(1);
        assertThat(twoAxes.chart().getXYPlot().getRangeAxisCount()).isEqualTo(2);
        assertThat(ChartLegend.labels(twoAxes.chart().getXYPlot().getFixedLegendItems()))
                .contains("U.S. removal inventory: Chinese nationals (right axis)");
        ChartFigure oneAxis = factory.figure(seed.request("RW-S-0004", "RW-S-0011").withLayout(ChartLayout.ONE_AXIS));
        assertThat(oneAxis.panelCount()).isEqualTo(1);
        assertThat(oneAxis.chart().getXYPlot().getRangeAxisCount()).isEqualTo(1);
        // asked for, small multiples give even comparable series a panel each
        assertThat(factory.figure(seed.request("RW-S-0006", "RW-S-0009").withLayout(ChartLayout.SMALL_MULTIPLES))
                .panelCount()).isEqualTo(2);
    }

    @Test
    void theDefaultTitleReadsAsASentenceAndAGivenTitleWins() {
        assertThat(seed.request("RW-S-0001").displayTitle()).isEqualTo("Involuntary returns to China per year");
        assertThat(seed.request("RW-S-0004", "RW-S-0011").displayTitle())
                .isEqualTo("Canada and U.S. removal inventory: Chinese nationals");
        assertThat(seed.request("RW-S-0006", "RW-S-0007").displayTitle()).isEqualTo(
                "Removals of Chinese nationals from Canada to China and yearly removals from Canada to China "
                        + "(range per year)");
        assertThat(seed.request("RW-S-0001", "RW-S-0002").displayTitle())
                .isEqualTo("Involuntary returns to China per year and Sky Net returns, cumulative")
                .doesNotContain("·");
        assertThat(factory.figure(seed.request("RW-S-0001").withTitle("Returns")).chart().getTitle().getText())
                .isEqualTo("Returns");
    }

    @Test
    void theSourceLineNamesTheOriginalSourceAndTheOutletAndSaysDateUncertainInWords() {
        assertThat(factory.figure(seed.request("RW-S-0001")).caption().sourceLine()).isEqualTo(
                "Source: Safeguard Defenders, via The Globe and Mail, January 2022 (date inferred) · Drawn 12 March "
                        + "2025");
        assertThat(factory.figure(seed.request("RW-S-0004")).caption().sourceLine()).isEqualTo(
                "Sources: CBSA (2014 briefing), via The Globe and Mail, 2020 (date inferred); CBSA FOI data, per "
                        + "Safeguard Defenders, 2022 (date inferred); CBSA (spokesperson Ashley Lemire), via The Globe "
                        + "and Mail, 2020 (date inferred) · Drawn 12 March 2025");
        for (String name : SeedCharts.EXAMPLES.keySet()) {
            ChartFigure figure = factory.figure(seed.example(name).withMilestones(seed.agreements("RW-A-0001",
                    "RW-A-0002", "RW-A-0004")));
            assertThat(figure.caption().text()).as(name).doesNotContain("?");
            assertThat(DrawnChart.of(figure).labels()).as(name).noneMatch(l -> l.text().contains("?"));
        }
    }
}
