package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.returnwatch.app.Duplicates;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.shell.Navigator;
import org.returnwatch.domain.RecordKind;

/** Possible duplicates: the pairs, filters by kind and score, and what can be done with the pair selected. */
public final class DuplicatesView extends BorderPane {

    public DuplicatesView(DuplicatesScreen vm, Navigator navigator) {
        Label title = new Label(lang("Possible duplicates"));
        title.getStyleClass().add(Theme.TITLE_3);
        ComboBox<RecordKind> kind = new ComboBox<>();
        kind.getItems().setAll(DuplicatesScreen.KINDS);
        kind.setConverter(Controls.converter(k -> k == null ? "" : capitalised(lang(k.plural()))));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setId("duplicates-kind");
        kind.setAccessibleText(lang("Show"));
        Spinner<Integer> min = new Spinner<>(0, 100, vm.minScoreProperty().get(), 5);
        min.setId("duplicates-min-score");
        min.setAccessibleText(lang("scoring at least"));
        min.setPrefWidth(90);
        min.valueProperty().addListener((o, a, b) -> vm.minScoreProperty().set(b));
        vm.minScoreProperty().addListener((o, a, b) -> min.getValueFactory().setValue(b.intValue()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.searchingProperty());
        Label status = new Label();
        status.setId("duplicates-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Theme.TEXT_MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, title, gap, new Label(lang("Show")), kind, new Label(lang("scoring at least")),
                min, busy);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");

        TableView<Duplicates.Pair> table = new TableView<>(vm.pairs());
        table.setId("duplicates-table");
        table.setAccessibleText(lang("Possible duplicates"));
        table.getStyleClass().add(Theme.STRIPED);
        table.getColumns().setAll(java.util.List.of(
                Controls.column(lang("Score"), (Duplicates.Pair p) -> String.valueOf(p.score()), 60),
                record(lang("Record"), Duplicates.Pair::first), record(lang("May be the same as"),
                        Duplicates.Pair::second),
                Controls.column(lang("Why"), Duplicates.Pair::explanation, 420)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(lang("No likely duplicates at this score.")));
        var selected = table.getSelectionModel().selectedItemProperty();
        BooleanBinding none = Bindings.isNull(selected);
        Button openFirst = button(lang("Open the first"), "open-first", none);
        openFirst.setOnAction(e -> navigator.open(selected.get().first()));
        Button openSecond = button(lang("Open the second"), "open-second", none);
        openSecond.setOnAction(e -> navigator.open(selected.get().second()));
        Button merge = button(lang("Merge…"), "merge-pair", none);
        merge.getStyleClass().add(Theme.ACCENT);
        merge.setOnAction(e -> vm.merge(selected.get()));
        Button notSame = button(lang("Not the same person"), "not-same-person", none);
        notSame.setOnAction(e -> vm.notSamePerson(selected.get()));
        HBox actions = new HBox(8, openFirst, openSecond, merge, notSame);
        Label notice = new Label();
        notice.setId("duplicates-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        VBox body = new VBox(8, status, table, actions, notice);
        VBox.setVgrow(table, Priority.ALWAYS);
        body.setPadding(new Insets(0, 16, 16, 16));
        setTop(header);
        setCenter(body);
    }

    private static TableColumn<Duplicates.Pair, String> record(String heading,
                                                                Function<Duplicates.Pair, RecordItem> which) {
        return Controls.column(heading, (Duplicates.Pair p) -> which.apply(p).ref() + "  " + which.apply(p).title(),
                260);
    }

    private static Button button(String text, String id, BooleanBinding disabled) {
        Button b = new Button(text);
        b.setId(id);
        b.disableProperty().bind(disabled);
        return b;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
