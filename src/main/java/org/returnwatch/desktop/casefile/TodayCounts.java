package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.chart.CountChart;
import org.returnwatch.desktop.common.Theme;

/**
 * Counts of the Today screen as a small bar chart, drawn as the Charts screen draws, and under it each
 * "12  label" a link: a click on a bar or on its number opens the case list on the cases it counts.
 */
final class TodayCounts extends VBox {
    /** Height of one bar's row and of the axis, in pixels. */
    private static final double ROW = 34;
    private static final double AXIS = 64;

    TodayCounts(TodayScreen vm, ObservableList<TodayOverview.Count> counts, ObservableValue<JFreeChart> chart,
                ChartViewerFactory viewers, String id, String none) {
        super(4);
        setId(id);
        FlowPane links = new FlowPane(16, 4);
        links.setId(id + "-links");
        Label empty = new Label(none);
        empty.getStyleClass().add(Theme.TEXT_MUTED);
        Runnable fill = () -> {
            links.getChildren().clear();
            if (counts.isEmpty()) {
                links.getChildren().add(empty);
            }
            for (TodayOverview.Count c : counts) {
                Hyperlink link = new Hyperlink(c.count() + "  " + lang(c.label()));
                link.setOnAction(e -> vm.showCases(c));
                links.getChildren().add(link);
            }
        };
        counts.addListener((ListChangeListener<TodayOverview.Count>) ch -> fill.run());
        fill.run();
        Runnable draw = () -> {
            getChildren().setAll(links);
            JFreeChart drawn = chart.getValue();
            if (drawn == null) {
                return;
            }
            ChartViewer viewer = viewers.viewerFor(drawn);
            viewer.setId(id + "-chart");
            int bars = drawn.getCategoryPlot().getDataset().getColumnCount();
            double height = AXIS + ROW * bars;
            viewer.setMinHeight(height);
            viewer.setPrefHeight(height);
            viewer.setMaxWidth(720);
            viewer.addChartMouseListener(new ChartMouseListenerFX() {
                @Override
                public void chartMouseClicked(ChartMouseEventFX e) {
                    if (e.getEntity() instanceof CategoryItemEntity bar
                            && bar.getColumnKey() instanceof CountChart.Key key && key.index() < counts.size()) {
                        vm.showCases(counts.get(key.index()));
                    }
                }

                @Override
                public void chartMouseMoved(ChartMouseEventFX e) {
                    // only a click leads somewhere
                }
            });
            getChildren().setAll(viewer, links);
        };
        chart.addListener((o, was, now) -> draw.run());
        draw.run();
    }
}
