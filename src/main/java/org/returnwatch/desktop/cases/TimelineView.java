package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.CommittedChoice;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.MultiChoice;
import org.returnwatch.desktop.common.TypeAhead;
import org.returnwatch.desktop.common.TypeAheadChecklist;
import org.returnwatch.domain.DatePrecision;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.FuzzyDateParser;
import org.returnwatch.domain.HostStateRole;
import org.returnwatch.domain.PressuredParty;
import org.returnwatch.domain.Tactic;
import org.returnwatch.i18n.Localization;

/** The case's incidents in date order, and a form for the one selected. */
final class TimelineView extends VBox {
    private final TableView<IncidentForm> table = new TableView<>();
    private final TextField date = new TextField();
    /** Shown while the date is relative ("July this year"): the source it is read against. */
    private final ComboBox<RecordItem> saidIn = new ComboBox<>();
    private final Label saidInLabel = FormControls.label(lang("Said in"));
    private final ComboBox<String> tactic = new ComboBox<>();
    private final TextField country = new TextField();
    private final TextField place = new TextField();
    private final ComboBox<RecordItem> perpetrator;
    private final CommittedChoice<RecordItem> perpetratorChoice;
    private final javafx.collections.ObservableList<String> tacticCodes = javafx.collections.FXCollections
            .observableArrayList();
    private final MultiChoice<String> otherTactics;
    private final TypeAheadChecklist<RecordItem> otherPerpetrators;
    private final MultiChoice<PressuredParty> pressured = new MultiChoice<>(
            javafx.collections.FXCollections.observableArrayList(PressuredParty.values()), lang("Aimed at"),
            Localization::label);
    private final ComboBox<HostStateRole> role = FormControls.combo(List.of(HostStateRole.values()),
            Localization::label);
    private final TextArea description = FormControls.area(3);
    private final GridPane editor = FormControls.grid();
    private IncidentForm bound;

    TimelineView(CaseDetailViewModel vm, FormControls controls) {
        super(8);
        otherTactics = new MultiChoice<>(tacticCodes, lang("Other tactics"), vm::tacticLabel);
        otherPerpetrators = new TypeAheadChecklist<>(vm.actors(), RecordItem::title,
                a -> Localization.label(vm.actorKind(a)));
        perpetrator = TypeAhead.grouped(vm.actors(), RecordItem::title, a -> Localization.label(vm.actorKind(a)));
        perpetratorChoice = new CommittedChoice<>(perpetrator);
        table.setId("timeline");
        table.setAccessibleText(lang("Timeline"));
        table.setItems(vm.timeline());
        TableColumn<IncidentForm, String> when = new TableColumn<>(lang("Date"));
        when.setCellValueFactory(d -> d.getValue().shownDateProperty());
        when.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                getStyleClass().remove("uncertain-date");
                IncidentForm f = empty ? null : getTableRow().getItem();
                if (f != null && uncertain(f.date.get())) {
                    getStyleClass().add("uncertain-date");
                }
            }
        });
        when.setPrefWidth(140);
        TableColumn<IncidentForm, String> how = new TableColumn<>(lang("Tactic"));
        how.setCellValueFactory(d -> javafx.beans.binding.Bindings.createStringBinding(
                () -> tactics(vm, d.getValue()), d.getValue().tactic, d.getValue().otherTactics, vm.tactics()));
        how.setPrefWidth(220);
        TableColumn<IncidentForm, String> where = new TableColumn<>(lang("Country"));
        where.setCellValueFactory(d -> d.getValue().country);
        TableColumn<IncidentForm, String> who = new TableColumn<>(lang("Perpetrator"));
        who.setCellValueFactory(d -> javafx.beans.binding.Bindings.createStringBinding(() ->
                perpetrators(d.getValue()), d.getValue().perpetrator, d.getValue().otherPerpetrators));
        who.setPrefWidth(180);
        TableColumn<IncidentForm, String> what = new TableColumn<>(lang("Description"));
        what.setCellValueFactory(d -> d.getValue().description);
        what.setPrefWidth(360);
        table.getColumns().setAll(List.of(when, how, where, who, what));
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(lang("No incidents recorded yet.")));

        date.setId("incident-date");
        description.setId("incident-description");
        country.setId("incident-country");
        place.setId("incident-place");
        tactic.setId("incident-tactic");
        role.setId("incident-host-state");
        date.setPromptText(lang("2016-05-03, May 2016, 2016?, spring 2016, 2014–2017, unknown"));
        controls.validate(date, text -> bound == null ? IncidentForm.dateProblem(text) : bound.problemOfDate(text),
                text -> org.returnwatch.desktop.common.FormText.dateWarning(text, java.time.LocalDate.now()));
        date.textProperty().addListener((o, a, b) -> showSaidIn(FuzzyDateParser.isRelative(b)));
        saidIn.setId("incident-said-in");
        saidIn.setItems(vm.sources());
        saidIn.setConverter(Controls.converter(RecordItem::toString));
        saidIn.setPromptText(lang("the source that says it, read against its publication date"));
        saidIn.setMaxWidth(Double.MAX_VALUE);
        tactic.setItems(javafx.collections.FXCollections.observableArrayList());
        vm.tactics().addListener((javafx.collections.ListChangeListener<Tactic>) c -> {
            tactic.getItems().setAll(vm.tactics().stream().map(Tactic::code).toList());
            tacticCodes.setAll(tactic.getItems());
        });
        tactic.setConverter(Controls.converter(vm::tacticLabel));
        tactic.setMaxWidth(Double.MAX_VALUE);
        perpetrator.setId("incident-perpetrator");
        perpetrator.setPromptText(lang("type a part of the name"));
        otherTactics.control().setId("incident-other-tactics");
        otherPerpetrators.field().setId("incident-other-perpetrators");
        pressured.control().setId("incident-pressured");
        editor.addRow(0, FormControls.label(lang("Date")), date);
        editor.addRow(1, saidInLabel, saidIn);
        showSaidIn(false);
        editor.addRow(2, FormControls.label(lang("Tactic")), tactic);
        editor.addRow(3, FormControls.label(lang("Other tactics")), otherTactics.control());
        editor.addRow(4, FormControls.label(lang("Aimed at")), pressured.control());
        editor.addRow(5, FormControls.label(lang("Country")), country);
        editor.addRow(6, FormControls.label(lang("Place")), place);
        editor.addRow(7, FormControls.label(lang("Perpetrator")), perpetrator);
        editor.addRow(8, FormControls.label(lang("Other perpetrators")), otherPerpetrators);
        editor.addRow(9, FormControls.label(lang("Host state")), role);
        editor.addRow(10, FormControls.label(lang("Description")), description);
        editor.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> bind(b));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.incidentSelected(b));

        Button add = new Button(lang("Add incident"), new FontIcon("mdal-add"));
        add.setId("add-incident");
        add.setOnAction(e -> {
            // the timeline is sorted by date, so the new row is found by identity, not by position
            IncidentForm added = vm.addIncident();
            table.getSelectionModel().select(added);
            table.scrollTo(added);
            date.requestFocus();
        });
        Button remove = new Button(lang("Remove incident"), new FontIcon("mdal-delete"));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeIncident(table.getSelectionModel().getSelectedItem()));
        // Ctrl+D on a row copies the incident; consumed here, so the window's Duplicate (the case) does not run
        table.setOnKeyPressed(e -> {
            IncidentForm selected = table.getSelectionModel().getSelectedItem();
            if (DUPLICATE_ROW.match(e) && selected != null) {
                table.getSelectionModel().select(vm.duplicateIncident(selected));
                e.consume();
            }
        });
        getChildren().addAll(table, new HBox(8, add, remove), editor);
    }

    static final javafx.scene.input.KeyCombination DUPLICATE_ROW =
            javafx.scene.input.KeyCombination.valueOf("Shortcut+D");

    /** True for a date that is not one known day: shown as uncertain. */
    static boolean uncertain(String text) {
        FuzzyDate d = FuzzyDateParser.tryParse(text).orElse(FuzzyDate.UNKNOWN);
        return d.approximate() || d.precision() != DatePrecision.DAY;
    }

    private void bind(IncidentForm f) {
        if (bound != null) {
            unbind(date.textProperty(), bound.date);
            unbind(country.textProperty(), bound.country);
            unbind(place.textProperty(), bound.place);
            unbind(description.textProperty(), bound.description);
            saidIn.valueProperty().unbindBidirectional(bound.saidIn);
            tactic.valueProperty().unbindBidirectional(bound.tactic);
            role.valueProperty().unbindBidirectional(bound.hostStateRole);
        }
        bound = f;
        otherTactics.bind(f == null ? null : f.otherTactics);
        otherPerpetrators.bind(f == null ? null : f.otherPerpetrators);
        pressured.bind(f == null ? null : f.pressured);
        perpetratorChoice.bind(f == null ? null : f.perpetrator);
        if (f == null) {
            // unbound above, so the form shows nothing of the incident it last showed (a saved one, a removed one)
            List.of(date, country, place).forEach(TextField::clear);
            description.clear();
            saidIn.setValue(null);
            tactic.setValue(null);
            role.setValue(null);
            showSaidIn(false);
            return;
        }
        date.textProperty().bindBidirectional(f.date);
        saidIn.valueProperty().bindBidirectional(f.saidIn);
        showSaidIn(f.relativeDateProperty().get());
        country.textProperty().bindBidirectional(f.country);
        place.textProperty().bindBidirectional(f.place);
        description.textProperty().bindBidirectional(f.description);
        tactic.valueProperty().bindBidirectional(f.tactic);
        role.valueProperty().bindBidirectional(f.hostStateRole);
    }

    private void showSaidIn(boolean relative) {
        for (javafx.scene.Node n : List.of(saidInLabel, saidIn)) {
            n.setVisible(relative);
            n.setManaged(relative);
        }
    }

    private static String tactics(CaseDetailViewModel vm, IncidentForm f) {
        java.util.List<String> words = new java.util.ArrayList<>();
        words.add(vm.tacticLabel(f.tactic.get()));
        f.otherTactics.forEach(t -> words.add(vm.tacticLabel(t)));
        return String.join("; ", words);
    }

    private static String perpetrators(IncidentForm f) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (f.perpetrator.get() != null) {
            names.add(f.perpetrator.get().title());
        }
        f.otherPerpetrators.forEach(a -> names.add(a.title()));
        return String.join("; ", names);
    }

    private static void unbind(Property<String> a, Property<String> b) {
        a.unbindBidirectional(b);
    }
}
