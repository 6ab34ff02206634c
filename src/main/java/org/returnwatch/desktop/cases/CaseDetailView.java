package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.returnwatch.desktop.action.ActionFactory;
import org.returnwatch.desktop.action.AppAction;
import org.returnwatch.desktop.casefile.AttachmentsView;
import org.returnwatch.desktop.casefile.FollowUpsView;
import org.returnwatch.desktop.common.ChildTableView;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.desktop.duplicates.DuplicatesBar;
import org.returnwatch.desktop.duplicates.NameHintLabel;
import org.returnwatch.desktop.duplicates.NameHints;
import org.returnwatch.desktop.history.HistoryTabs;
import org.returnwatch.desktop.links.RelatedView;
import org.returnwatch.desktop.shell.Navigator;
import org.returnwatch.domain.Campaign;
import org.returnwatch.domain.CaseKind;
import org.returnwatch.domain.ImmigrationStatus;
import org.returnwatch.domain.RiskLevel;
import org.returnwatch.domain.TargetCategory;
import org.returnwatch.i18n.Localization;

/** One case's whole story: details, timeline, links and citations, all editable. */
public final class CaseDetailView extends BorderPane {
    private final FormControls controls = new FormControls();
    private final TextField name = new TextField();

    public CaseDetailView(CaseDetailViewModel vm, ActionFactory actions, Navigator navigator) {
        Label title = new Label();
        title.setId("case-title");
        title.textProperty().bind(vm.titleProperty());
        title.getStyleClass().add(Theme.TITLE_3);
        title.setMinWidth(0);
        Label dirty = new Label(lang("unsaved changes"));
        dirty.getStyleClass().addAll(Theme.WARNING, Theme.TEXT_SMALL);
        dirty.visibleProperty().bind(vm.dirtyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, actions.button(AppAction.BACK, false), title, dirty, gap,
                actions.button(AppAction.SAVE, true), actions.button(AppAction.CANCEL, true),
                actions.button(AppAction.DUPLICATE, false), actions.button(AppAction.LINK, false),
                actions.button(AppAction.DELETE, false));
        header.getStyleClass().add("screen-header");
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("case-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("problem-text");
        problem.setWrapText(true);
        setTop(new VBox(header, problem, new DuplicatesBar(vm.duplicates(), navigator)));

        ChildTableView<?> outcomes = new ChildTableView<>(vm.fields().outcomeTable());
        outcomes.setId("case-outcomes");
        VBox body = new VBox(6, section(lang("Details")), details(vm.fields(), vm.nameHints()),
                section(lang("Casework")), new CaseworkView(vm.fields().casework, controls),
                section(lang("Outcome")), outcomes,
                section(lang("Timeline")),
                new TimelineView(vm, controls),
                new AttachmentsView(vm.work().incidentFiles(), lang("Files of the selected incident"),
                        "incident-files"),
                new AttachmentsView(vm.work().caseFiles(), lang("Evidence files"), "case-files"),
                new FollowUpsView(vm.work().followUps()),
                new RelatedView(vm.related(), vm.sources(), actions, navigator));
        body.setPadding(new Insets(0, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        controls.markProblemsWhen(vm.problemsShownProperty());
        // a new case starts at the top, in its name, not where the last case was scrolled to
        vm.blanksShownProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            scroll.setVvalue(0);
            focusName();
        }));
        setCenter(HistoryTabs.of("case", lang("Case"), scroll, vm.history()));
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Theme.TITLE_4, "section-title");
        return l;
    }

    private GridPane details(CaseFields f, NameHints hints) {
        name.setId("case-name");
        name.textProperty().bindBidirectional(f.name);
        controls.validate(name, CaseFields::nameProblem);
        TextField nativeName = bound(f.nativeName, "case-native-name");
        TextArea aliases = FormControls.area(2);
        aliases.textProperty().bindBidirectional(f.aliases);
        aliases.setPromptText(lang("One alias per line"));
        CheckBox pseudonymous = new CheckBox(lang("Pseudonym (the name is not the person's real name)"));
        pseudonymous.selectedProperty().bindBidirectional(f.pseudonymous);
        // wraps onto a second line in a narrow column or at a larger text size, never cut to "…"
        pseudonymous.setWrapText(true);
        pseudonymous.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<CaseKind> kind = combo(List.of(CaseKind.values()), f.caseKind, Localization::label);
        kind.setId("case-kind");
        TextArea nationalities = FormControls.area(2);
        nationalities.setId("case-nationalities");
        nationalities.textProperty().bindBidirectional(f.nationalities);
        nationalities.setPromptText(lang("One per line, a second nationality too (e.g. Canada)"));
        TextArea summary = FormControls.area(4);
        summary.setId("case-summary");
        summary.textProperty().bindBidirectional(f.summary);
        TextArea accusation = FormControls.area(2);
        accusation.textProperty().bindBidirectional(f.accusation);

        GridPane left = FormControls.grid();
        int r = 0;
        left.addRow(r++, FormControls.label(lang("Kind of record")), kind);
        left.addRow(r++, FormControls.label(lang("Name")), name);
        left.add(new NameHintLabel(hints), 1, r++);
        left.addRow(r++, FormControls.label(lang("Name in native script")), nativeName);
        left.addRow(r++, FormControls.label(lang("Aliases")), aliases);
        left.addRow(r++, new Label(), pseudonymous);
        left.addRow(r++, FormControls.label(lang("Role / occupation")), bound(f.role, "case-role"));
        left.addRow(r++, FormControls.label(lang("Origin country")), bound(f.originCountry, "case-origin"));
        left.addRow(r++, FormControls.label(lang("Country of residence")), bound(f.residenceCountry, "case-residence"));
        left.addRow(r++, FormControls.label(lang("City of residence")), bound(f.residenceCity, "case-city"));
        left.addRow(r++, FormControls.label(lang("Nationalities, passports held")), nationalities);
        left.addRow(r++, FormControls.label(lang("Summary")), summary);
        GridPane right = FormControls.grid();
        r = 0;
        right.addRow(r++, FormControls.label(lang("Immigration status")),
                combo(List.of(ImmigrationStatus.values()), f.immigrationStatus, Localization::label));
        right.addRow(r++, FormControls.label(lang("Target category")),
                combo(List.of(TargetCategory.values()), f.targetCategory, Localization::label));
        right.addRow(r++, FormControls.label(lang("Accusation")), accusation);
        right.addRow(r++, FormControls.label(lang("Amount")), bound(f.amount, "case-amount"));
        right.addRow(r++, FormControls.label(lang("Campaign")),
                combo(List.of(Campaign.values()), f.campaign, Localization::label));
        right.addRow(r++, FormControls.label(lang("Risk level")), combo(List.of(RiskLevel.values()), f.riskLevel,
                Localization::label));
        GridPane both = new GridPane();
        both.setHgap(32);
        both.addRow(0, left, right);
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        both.getColumnConstraints().setAll(half, half);
        return both;
    }

    private static TextField bound(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        t.setId(id);
        t.textProperty().bindBidirectional(p);
        return t;
    }

    private static <E> ComboBox<E> combo(List<E> items, javafx.beans.property.ObjectProperty<E> p,
                                         java.util.function.Function<E, String> show) {
        ComboBox<E> c = FormControls.combo(items, show);
        c.valueProperty().bindBidirectional(p);
        return c;
    }

    public void focusName() {
        name.requestFocus();
    }
}
