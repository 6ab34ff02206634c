package org.returnwatch.desktop.cases;

import static org.returnwatch.i18n.Localization.lang;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.domain.CaseStatus;

/** Status (with the reason a closed case needs), date opened and the caseworker holding the case. */
public final class CaseworkView extends GridPane {
    public CaseworkView(CaseworkFields f, FormControls controls) {
        setHgap(10);
        setVgap(8);
        org.returnwatch.desktop.common.AccessibleNames.labelRows(this);
        ComboBox<CaseStatus> status = FormControls.combo(List.of(CaseStatus.values()),
                org.returnwatch.i18n.Localization::label);
        status.setId("case-status");
        status.valueProperty().bindBidirectional(f.status);
        TextField reason = new TextField();
        reason.setId("case-close-reason");
        reason.setPromptText(lang("Why the case was closed (required to close it)"));
        reason.textProperty().bindBidirectional(f.closeReason);
        reason.disableProperty().bind(f.status.isNotEqualTo(CaseStatus.CLOSED));
        reason.setPrefColumnCount(40);
        TextField opened = new TextField();
        opened.setId("case-opened");
        opened.setPromptText("2025-03-10");
        opened.setPrefColumnCount(10);
        opened.textProperty().bindBidirectional(f.opened);
        controls.validate(opened, CaseworkFields::openedProblem);
        Label openedNote = new Label();
        openedNote.setId("case-opened-note");
        openedNote.setWrapText(true);
        openedNote.getStyleClass().add("text-muted");
        openedNote.textProperty().bind(f.openedNoteProperty());
        openedNote.visibleProperty().bind(f.opened.isEmpty().and(f.openedNoteProperty().isNotEmpty()));
        openedNote.managedProperty().bind(openedNote.visibleProperty());
        ComboBox<String> holder = FormControls.combo(List.of(), n -> n == null || n.isEmpty() ? lang("(nobody)") : n);
        holder.setId("case-holder");
        holder.setItems(f.holders());
        holder.valueProperty().bindBidirectional(f.holder);
        // the long reason field gives way, not the status and the date (squeezed to a sliver at larger text)
        for (javafx.scene.control.Control c : List.of(status, opened, holder)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        int r = 0;
        addRow(r++, FormControls.label(lang("Status")), status, FormControls.label(lang("Why closed")), reason);
        addRow(r++, FormControls.label(lang("Date opened")), opened, FormControls.label(lang("Held by")), holder);
        add(openedNote, 1, r, 3, 1);
    }
}
