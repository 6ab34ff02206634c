package org.returnwatch.desktop.duplicates;

import static org.returnwatch.i18n.Localization.lang;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.Duplicates;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.shell.Navigator;

/** Above a form: the likely duplicates of the record just saved, each with Open, Merge… and Not the same person. */
public final class DuplicatesBar extends VBox {
    private final SavedDuplicates vm;
    private final Navigator navigator;
    private final VBox rows = new VBox(4);

    public DuplicatesBar(SavedDuplicates vm, Navigator navigator) {
        super(6);
        this.vm = vm;
        this.navigator = navigator;
        setId("duplicates-bar");
        getStyleClass().add("duplicates-bar");
        Label heading = new Label();
        heading.textProperty().bind(Bindings.size(vm.pairs()).map(n -> n.intValue() == 1
                ? lang("This record may be the same person as another:")
                        : lang("This record may be the same person as others:")));
        heading.getStyleClass().add(Theme.TITLE_4);
        Button close = new Button(null, new FontIcon("mdal-close"));
        close.getStyleClass().addAll(Theme.FLAT, Theme.BUTTON_ICON);
        close.setOnAction(e -> vm.dismiss());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, close);
        top.setAlignment(Pos.CENTER_LEFT);
        top.visibleProperty().bind(Bindings.isNotEmpty(vm.pairs()));
        top.managedProperty().bind(top.visibleProperty());
        Label notice = new Label();
        notice.setId("duplicates-bar-notice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        getChildren().setAll(top, rows, notice);
        vm.pairs().addListener((ListChangeListener<Duplicates.Pair>) c -> fill());
        visibleProperty().bind(Bindings.isNotEmpty(vm.pairs()).or(vm.noticeProperty().isNotEmpty()));
        managedProperty().bind(visibleProperty());
        fill();
    }

    private void fill() {
        rows.getChildren().setAll(vm.pairs().stream().map(this::row).toList());
    }

    private HBox row(Duplicates.Pair p) {
        Label score = new Label(String.valueOf(p.score()));
        score.getStyleClass().add(Theme.TITLE_4);
        score.setMinWidth(32);
        Label who = new Label(p.second().ref() + "  " + p.second().title() + "  —  " + p.explanation());
        who.setWrapText(true);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        Button open = new Button(lang("Open"));
        open.setOnAction(e -> navigator.open(p.second()));
        Button merge = new Button(lang("Merge…"));
        merge.setId("bar-merge");
        merge.disableProperty().bind(vm.canMergeProperty().not());
        merge.setOnAction(e -> vm.merge(p));
        Button notSame = new Button(lang("Not the same person"));
        notSame.setId("bar-not-same");
        notSame.setOnAction(e -> vm.notSamePerson(p));
        HBox row = new HBox(8, score, who, open, merge, notSame);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
