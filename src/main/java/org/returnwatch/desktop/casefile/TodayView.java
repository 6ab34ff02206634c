package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.returnwatch.app.FollowUps;
import org.returnwatch.app.RecordItem;
import org.returnwatch.app.TodayOverview;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.shell.Navigator;
import org.returnwatch.domain.RecordKind;

/** The Today place: follow-ups due or overdue, and cases changed lately, each a link to its case. */
public final class TodayView extends ScrollPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    public TodayView(TodayScreen vm, Navigator navigator) {
        Label title = new Label(lang("Today"));
        title.getStyleClass().add(Theme.TITLE_2);
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");

        TableView<FollowUps.Due> due = new TableView<>(vm.due());
        due.setId("today-due");
        due.setAccessibleText(lang("Follow-ups due"));
        TableColumn<FollowUps.Due, String> day = Controls.column(lang("Due"), d -> d.followUp().due().toString(), 110);
        day.setMaxWidth(130);
        TableColumn<FollowUps.Due, RecordItem> which = new TableColumn<>(lang("Case"));
        which.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(new RecordItem(RecordKind.CASE, d.getValue()
                .followUp().caseId(), d.getValue().caseRef(), d.getValue().caseName())));
        which.setCellFactory(c -> new LinkCell<>(navigator));
        which.setPrefWidth(320);
        TableColumn<FollowUps.Due, String> note = Controls.column(lang("What is to be done"),
                d -> d.followUp().note(), 420);
        due.getColumns().setAll(List.of(day, which, note));
        due.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        due.setPlaceholder(new Label(lang("Nothing due today or overdue.")));
        due.setPrefHeight(260);
        due.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUps.Due d, boolean empty) {
                super.updateItem(d, empty);
                getStyleClass().remove("overdue");
                if (!empty && d != null && vm.overdue(d)) {
                    getStyleClass().add("overdue");
                }
            }
        });

        TableView<TodayOverview.RecentCase> recent = new TableView<>(vm.recent());
        recent.setId("today-recent");
        recent.setAccessibleText(lang("Cases changed lately"));
        TableColumn<TodayOverview.RecentCase, RecordItem> rc = new TableColumn<>(lang("Case"));
        rc.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().item()));
        rc.setCellFactory(c -> new LinkCell<>(navigator));
        rc.setPrefWidth(420);
        TableColumn<TodayOverview.RecentCase, String> when = Controls.column(lang("Last changed"),
                r -> WHEN.format(r.changedAt()), 150);
        TableColumn<TodayOverview.RecentCase, String> who = Controls.column(lang("By"), r -> r.caseworker() == null ? ""
                : r.caseworker(), 160);
        recent.getColumns().setAll(List.of(rc, when, who));
        recent.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        recent.setPlaceholder(new Label(lang("No case changed in the last {0} days.", TodayScreen.RECENT_DAYS)));
        recent.setPrefHeight(300);

        ChartViewerFactory viewers = new ChartViewerFactory();
        VBox body = new VBox(8, title, problem, section(lang("Open cases by status")),
                new TodayCounts(vm, vm.byStatus(), vm.statusChartProperty(), viewers, "today-status",
                        lang("No case.")),
                section(lang("Cases opened since {0}, by tactic", vm.yearAgo())),
                new TodayCounts(vm, vm.byTactic(), vm.tacticChartProperty(), viewers, "today-tactics",
                        lang("No case opened in the last 12 months has an incident with a tactic.")),
                section(lang("Cases opened since {0}, by country of residence", vm.yearAgo())),
                new TodayCounts(vm, vm.byCountry(), vm.countryChartProperty(), viewers, "today-countries",
                        lang("No case opened in the last 12 months has a country of residence.")),
                section(lang("Follow-ups due today or overdue")), due,
                section(lang("Cases changed in the last {0} days", TodayScreen.RECENT_DAYS)), recent);
        body.setPadding(new Insets(16));
        setContent(body);
        setFitToWidth(true);
        setId("today");
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Theme.TITLE_4, "section-title");
        return l;
    }

    /** A case as a link that opens it. */
    private static final class LinkCell<S> extends TableCell<S, RecordItem> {
        private final Navigator navigator;

        LinkCell(Navigator navigator) {
            this.navigator = navigator;
        }

        @Override
        protected void updateItem(RecordItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Hyperlink link = new Hyperlink(item.ref() + "  " + item.title());
            link.setOnAction(e -> navigator.open(item));
            setGraphic(link);
        }
    }
}
