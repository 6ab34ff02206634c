package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.common.AccessibleNames;
import org.returnwatch.desktop.common.ColumnMenu;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.settings.ColumnChoice;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.CaseQuery.CaseSort;
import org.returnwatch.i18n.Localization;

/** The case table with its search box and filters. */
public final class CaseListView extends BorderPane {
    private final CustomTextField search = new CustomTextField();
    private final TableView<Case> table = new TableView<>();

    /** The name the case list's hidden columns are kept under. */
    static final String TABLE = "case-list";

    /** @param columns the columns the user hid, kept from one start to the next */
    public CaseListView(CasesScreen screen, ActionFactory actions, Runnable open, ColumnChoice columns) {
        CaseListViewModel vm = screen.list();
        search.setId("case-search");
        AccessibleNames.byPrompt(search);
        search.setPromptText(lang("Search: name (Latin or Chinese script), alias, RW-C-…, country, accusation, notes"));
        search.setLeft(new FontIcon("mdmz-search"));
        search.setPrefColumnCount(40);
        // wait for a pause in typing, so that each keystroke does not start a search of its own
        PauseTransition pause = new PauseTransition(Duration.millis(150));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        pause.setOnFinished(e -> vm.queryProperty().set(search.getText()));

        FlowPane filters = new FlowPane(8, 8,
                Controls.filter(lang("Tactic"), vm.tactics(), vm.chosenTactics(), t -> lang(t.label())),
                Controls.filter(lang("Country of residence"), vm.countries(), vm.chosenCountries(), s -> s),
                Controls.filter(lang("Outcome"), FXCollections.observableArrayList(vm.outcomes()), vm.chosenOutcomes(),
                        Localization::label),
                Controls.filter(lang("Campaign"), FXCollections.observableArrayList(vm.campaigns()),
                        vm.chosenCampaigns(),
                        Localization::label),
                Controls.filter(lang("Year"), vm.years(), vm.chosenYears(), String::valueOf),
                Controls.filter(lang("Kind"), FXCollections.observableArrayList(vm.kinds()), vm.chosenKinds(),
                        Localization::label),
                Controls.filter(lang("Status"), FXCollections.observableArrayList(vm.statuses()), vm.chosenStatuses(),
                        Localization::label), new OpenedSinceLabel(vm.openedSinceProperty()));
        Button clear = new Button(lang("Clear filters"));
        clear.getStyleClass().add(Theme.FLAT);
        clear.setOnAction(e -> vm.clearFilters());
        Label matches = new Label();
        matches.setId("case-matches");
        matches.textProperty().bind(vm.matchesTextProperty());
        matches.getStyleClass().add(Theme.TEXT_MUTED);
        filters.getChildren().addAll(clear, matches);
        filters.setAlignment(Pos.CENTER_LEFT);

        HBox bar = new HBox(8, search, actions.button(AppAction.NEW_RECORD, true),
                actions.button(AppAction.PRINT_LIST_REPORT, false));
        HBox.setHgrow(search, Priority.ALWAYS);
        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");
        VBox top = new VBox(8, bar, filters, problem);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);

        table.setId("case-table");
        table.setAccessibleText(lang("Cases"));
        table.setItems(vm.rows());
        Controls.redrawOnArrival(table);
        table.getStyleClass().addAll(Theme.STRIPED);
        Map<TableColumn<Case, ?>, CaseSort> sorts = new java.util.LinkedHashMap<>();
        sorts.put(Controls.referenceColumn(lang("Reference"), (Case c) -> c.ref().toString()), CaseSort.REFERENCE);
        TableColumn<Case, String> name = Controls.column(lang("Name"), Case::name, 200);
        // the one column a caseworker reads first keeps room for a name in a narrow window
        name.setMinWidth(150);
        sorts.put(name, CaseSort.NAME);
        sorts.put(Controls.column(lang("Kind"), (Case c) -> Localization.label(c.caseKind()), 110), CaseSort.KIND);
        sorts.put(Controls.column(lang("Native script"), Case::nativeName, 110), CaseSort.NATIVE_NAME);
        sorts.put(Controls.column(lang("Residence"), Case::residenceCountry, 120), CaseSort.RESIDENCE);
        sorts.put(Controls.column(lang("Accusation"), Case::accusation, 260), CaseSort.ACCUSATION);
        sorts.put(Controls.column(lang("Campaign"), (Case c) -> Localization.label(c.campaign()), 100),
                CaseSort.CAMPAIGN);
        sorts.put(Controls.column(lang("Outcome"), (Case c) -> Localization.label(c.outcome()), 170), CaseSort.OUTCOME);
        sorts.put(Controls.fittedColumn(lang("Risk"), (Case c) -> Localization.label(c.riskLevel()),
                words(List.of(org.returnwatch.domain.RiskLevel.values()))), CaseSort.RISK);
        sorts.put(Controls.fittedColumn(lang("Status"), (Case c) -> Localization.label(c.status()),
                words(vm.statuses())), CaseSort.STATUS);
        sorts.put(Controls.fittedColumn(lang("Last changed"), vm::lastChangedText, List.of("2026-12-28 20:58")),
                CaseSort.LAST_CHANGED);
        table.getColumns().setAll(List.copyOf(sorts.keySet()));
        // every column but the reference and the name, by the fixed name of its sort
        Map<String, TableColumn<Case, ?>> hideable = new java.util.LinkedHashMap<>();
        sorts.forEach((column, sort) -> {
            if (sort != CaseSort.REFERENCE && sort != CaseSort.NAME) {
                String key = sort.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                column.setId("case-column-" + key);
                hideable.put(key, column);
            }
        });
        javafx.scene.control.MenuButton chooser = ColumnMenu.of(hideable, columns.hidden(TABLE),
                hidden -> columns.save(TABLE, hidden));
        chooser.setId("case-columns");
        bar.getChildren().add(chooser);
        // the database sorts: the table holds only a few pages, so it cannot sort them itself
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(CaseSort.REFERENCE, false);
            } else {
                TableColumn<Case, ?> c = t.getSortOrder().get(0);
                vm.sortBy(sorts.get(c), c.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
        // a column of a code, fixed words or a time needs no more than its widest value: the room a hidden
        // column leaves, or a wider window gives, goes to the columns of free text, which are shortened
        sorts.forEach((column, sort) -> {
            if (column.getMinWidth() == column.getPrefWidth()) {
                column.setMaxWidth(column.getPrefWidth());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label(lang("No case matches.")));
        screen.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        table.setRowFactory(t -> {
            TableRow<Case> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem() != null) {
                    open.run();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.run();
            }
        });
        table.setContextMenu(new ContextMenu(actions.contextItem(AppAction.DUPLICATE),
                actions.contextItem(AppAction.DELETE), new SeparatorMenuItem(),
                actions.contextItem(AppAction.PRINT_LIST_REPORT)));
        BorderPane.setMargin(table, new Insets(0, 16, 12, 16));
        setCenter(table);
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public TableView<Case> table() {
        return table;
    }

    /** The values' words in the window's language: what a column of them must fit. */
    private static List<String> words(List<? extends org.returnwatch.domain.Labelled> values) {
        return values.stream().map(Localization::label).toList();
    }
}
