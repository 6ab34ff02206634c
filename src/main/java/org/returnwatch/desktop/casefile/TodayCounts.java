package org.returnwatch.desktop.casefile;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.desktop.common.Theme;

/** Counts of the Today screen, each "12  label" a link that opens the case list on the cases it counts. */
final class TodayCounts extends FlowPane {
    TodayCounts(TodayScreen vm, ObservableList<TodayOverview.Count> counts, String id, String none) {
        super(16, 4);
        setId(id);
        Label empty = new Label(none);
        empty.getStyleClass().add(Theme.TEXT_MUTED);
        Runnable fill = () -> {
            getChildren().clear();
            if (counts.isEmpty()) {
                getChildren().add(empty);
            }
            for (TodayOverview.Count c : counts) {
                Hyperlink link = new Hyperlink(c.count() + "  " + c.label());
                link.setOnAction(e -> vm.showCases(c));
                getChildren().add(link);
            }
        };
        counts.addListener((ListChangeListener<TodayOverview.Count>) ch -> fill.run());
        fill.run();
    }
}
