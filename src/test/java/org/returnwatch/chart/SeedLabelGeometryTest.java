package org.returnwatch.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the seed charts, with agreement milestones, in both palettes and at print and window sizes,
 * and checks by geometry where every piece of text went: no label overlaps another label or a mark,
 * no leader line crosses another label, nothing sticks out of the plot, no label was left off.
 */
class SeedLabelGeometryTest {

    static List<Arguments> charts() {
        List<Arguments> cases = new ArrayList<>();
        for (String name : SeedCharts.EXAMPLES.keySet().stream().sorted().toList()) {
            for (String milestones : new String[] {"", "RW-A-0002", "RW-A-0001,RW-A-0002,RW-A-0003"}) {
                cases.add(Arguments.of(name, milestones, ChartPalette.COLOUR_BLIND_SAFE, 1.0, 1.0));
            }
            cases.add(Arguments.of(name, "RW-A-0002,RW-A-0003", ChartPalette.GREYSCALE, 1.0, 1.0));
            // wider than print, and a window of 1,000 by 620 pixels with text scaled to it
            cases.add(Arguments.of(name, "RW-A-0002,RW-A-0003", ChartPalette.COLOUR_BLIND_SAFE, 1.0, 1.5));
            cases.add(Arguments.of(name, "RW-A-0002,RW-A-0003", ChartPalette.COLOUR_BLIND_SAFE,
                    ChartService.screenScale(1000, 620), ChartService.screenScale(1000, 620)));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0} {1} {2} text×{3} size×{4}")
    @MethodSource("charts")
    void labelsNeverOverlapEachOtherOrAMarkAndNothingIsCutAtThePlotEdge(String name, String milestones,
            ChartPalette palette, double textScale, double sizeScale) {
        SeedCharts seed = SeedCharts.get();
        ChartRequest request = seed.example(name).withPalette(palette);
        if (!milestones.isEmpty()) {
            request = request.withMilestones(seed.agreements(milestones.split(",")));
        }
        ChartFigure figure = new SeriesChartFactory(new ChartTheme(ChartFont.BUILT_IN, palette, textScale))
                .figure(request);
        ExportOptions size = ExportOptions.defaults().withRoomForPanels(figure.panelCount());
        DrawnChart drawn = DrawnChart.of(figure, size.widthPt() * sizeScale, size.heightPt() * sizeScale);

        assertThat(drawn.omitted()).as("labels left off").isEmpty();
        List<Rectangle2D> texts = new ArrayList<>();
        for (DrawnChart.Panel panel : drawn.panels()) {
            PlotLabels.Layout layout = panel.layout();
            Rectangle2D area = layout.area();
            for (PlotLabels.Placed label : layout.placed()) {
                assertThat(area.contains(label.box())).as("inside the plot: " + label.text()).isTrue();
                for (Rectangle2D mark : layout.marks()) {
                    assertThat(label.box().intersects(mark)).as(label.text() + " over a mark at " + mark).isFalse();
                }
                if (label.leader() != null) {
                    for (PlotLabels.Placed other : layout.placed()) {
                        if (other != label) {
                            assertThat(label.leader().intersects(inner(other.box())))
                                    .as("leader of " + label.text() + " across " + other.text()).isFalse();
                        }
                    }
                }
                texts.add(label.box());
            }
            for (Rectangle2D mark : layout.marks()) {
                assertThat(area.contains(mark)).as("mark inside the plot: " + mark).isTrue();
            }
            if (panel.captionBox() != null) {
                assertThat(drawn.chartArea().contains(panel.captionBox())).isTrue();
                assertThat(panel.captionBox().intersects(area)).as("caption above its panel's data").isFalse();
                texts.add(panel.captionBox());
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(texts.get(i).intersects(texts.get(j))).as(texts.get(i) + " / " + texts.get(j)).isFalse();
            }
        }
    }

    private static Rectangle2D inner(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 0.5, r.getY() + 0.5, r.getWidth() - 1, r.getHeight() - 1);
    }
}
