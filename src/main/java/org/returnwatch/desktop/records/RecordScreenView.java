package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.casefile.AttachmentsView;
import org.returnwatch.desktop.common.AccessibleNames;
import org.returnwatch.desktop.common.ChildTableView;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.duplicates.DuplicatesBar;
import org.returnwatch.desktop.duplicates.NameHintLabel;
import org.returnwatch.desktop.history.HistoryTabs;
import org.returnwatch.desktop.links.RelatedView;
import org.returnwatch.desktop.shell.Navigator;
import org.returnwatch.domain.DomainRecord;

/** A searchable list of one kind of record beside the form of the one selected. */
public final class RecordScreenView<T extends DomainRecord> extends SplitPane {
    private final CustomTextField search = new CustomTextField();
    private final FormControls controls = new FormControls();

    public RecordScreenView(RecordScreenViewModel<T> vm, ActionFactory actions, Navigator navigator,
                            ObservableList<RecordItem> sources) {
        String kind = lang(vm.form().kind().plural());
        // ids stay the same in every language: tests and style rules find the controls by them
        String id = vm.form().kind().plural();
        search.setId(id + "-search");
        AccessibleNames.byPrompt(search);
        search.setLeft(new FontIcon("mdmz-search"));
        search.setPromptText(lang("Search {0}", kind));
        PauseTransition pause = new PauseTransition(Duration.millis(180));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        pause.setOnFinished(e -> vm.list().queryProperty().set(search.getText()));
        TableView<T> table = new TableView<>(vm.list().rows());
        table.setId(id + "-table");
        table.setAccessibleText(kind);
        Controls.redrawOnArrival(table);
        table.getStyleClass().add(Theme.STRIPED);
        TableColumn<T, String> ref = Controls.referenceColumn(lang("Reference"), (T r) -> r.ref().toString());
        TableColumn<T, String> title = Controls.column(lang("Title"), DomainRecord::displayName, 320);
        table.getColumns().setAll(List.of(ref, title));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // the view model sorts: the table holds only the pages read so far
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.list().sortBy(null, false);
            } else {
                TableColumn<T, ?> c = t.getSortOrder().get(0);
                vm.list().sortBy(c == ref ? RecordSort.REFERENCE : RecordSort.TITLE,
                        c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && (vm.original() == null || !b.id().equals(vm.original().id()))) {
                vm.leave(() -> vm.open(b.id()));
            }
        });
        Label count = new Label();
        count.textProperty().bind(Bindings.format("%,d %s", vm.list().matchesProperty(), kind));
        count.getStyleClass().add(Theme.TEXT_MUTED);
        HBox bar = new HBox(8, search, actions.button(AppAction.NEW_RECORD, false));
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox left = new VBox(8, bar, count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));

        Label empty = new Label(lang("Choose {0}{1}"
                + " on the left, or make a new one (Ctrl+N).", (vm.form().noun().startsWith("a") ? lang("an ")
                : lang("a ")), vm.form().noun()));
        empty.getStyleClass().add(Theme.TEXT_MUTED);
        Node form = form(vm, actions, navigator, sources);
        form.visibleProperty().bind(vm.recordOpenProperty());
        empty.visibleProperty().bind(vm.recordOpenProperty().not());
        StackPane right = new StackPane(empty, form);
        getItems().setAll(left, right);
        setDividerPositions(0.36);
    }

    private Node form(RecordScreenViewModel<T> vm, ActionFactory actions, Navigator navigator,
                      ObservableList<RecordItem> sources) {
        Label title = new Label();
        title.setId(vm.form().kind().plural() + "-title");
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Theme.TITLE_3);
        title.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, actions.button(AppAction.SAVE, true),
                actions.button(AppAction.CANCEL, true), actions.button(AppAction.DUPLICATE, false),
                actions.button(AppAction.LINK, false), actions.button(AppAction.DELETE, false));
        header.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        GridPane grid = FormControls.grid();
        int row = 0;
        Node first = null;
        for (FormField f : vm.form().fields()) {
            Node control = control(f);
            first = first == null ? control : first;
            grid.addRow(row++, FormControls.label(f.label()), control);
            if (row == 1 && vm.nameHints().isPresent()) {
                grid.add(new NameHintLabel(vm.nameHints().get()), 1, row++);
            }
        }
        VBox body = new VBox(8, header, problem, new DuplicatesBar(vm.duplicates(), navigator), grid);
        vm.form().children().ifPresent(c -> {
            Label t = new Label(c.title());
            t.getStyleClass().addAll(Theme.TITLE_4, "section-title");
            body.getChildren().addAll(t, new ChildTableView<>(c));
        });
        body.getChildren().add(new RelatedView(vm.related(), sources, actions, navigator));
        vm.files().ifPresent(f -> body.getChildren().add(new AttachmentsView(f, lang("Evidence files"),
                vm.form().kind().plural() + "-files")));
        body.getStyleClass().add("form-pane");
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        controls.markProblemsWhen(vm.problemsShownProperty());
        // a new record starts at the top, in its first field, not where the last one was scrolled to
        Node firstField = first;
        vm.blanksShownProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            scroll.setVvalue(0);
            if (firstField != null) {
                firstField.requestFocus();
            }
        }));
        String noun = vm.form().noun();
        return new BorderPane(HistoryTabs.of(vm.form().kind().plural(),
                Character.toUpperCase(noun.charAt(0)) + noun.substring(1), scroll, vm.history()));
    }

    @SuppressWarnings("unchecked")
    private Node control(FormField f) {
        String id = "field-" + f.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        switch (f.control()) {
            case AREA -> {
                TextArea a = FormControls.area(3);
                a.setId(id);
                a.textProperty().bindBidirectional((Property<String>) f.property());
                return a;
            }
            case CHOICE -> {
                ComboBox<Object> c = new ComboBox<>(FXCollections.observableArrayList(f.choices()));
                c.setId(id);
                // every enum of the domain has a label for people; its constant's name is never shown
                c.setConverter(Controls.converter(o -> o instanceof org.returnwatch.domain.Labelled l
                        ? org.returnwatch.i18n.Localization.label(l)
                        : o instanceof Enum<?> e ? e.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        : String.valueOf(o)));
                c.valueProperty().bindBidirectional((Property<Object>) f.property());
                c.setMaxWidth(Double.MAX_VALUE);
                return c;
            }
            case CHECK -> {
                CheckBox c = new CheckBox();
                c.setId(id);
                c.selectedProperty().bindBidirectional((Property<Boolean>) f.property());
                return c;
            }
            default -> {
                TextField t = new TextField();
                t.setId(id);
                t.textProperty().bindBidirectional((Property<String>) f.property());
                controls.validate(t, v -> f.problem().apply(v));
                return t;
            }
        }
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
