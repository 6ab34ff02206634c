package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.links.LinkDialogs.CitationEdit;
import org.returnwatch.domain.Grade;
import org.returnwatch.domain.InformationGrade;
import org.returnwatch.domain.SourceGrade;
import org.returnwatch.domain.Stance;
import org.returnwatch.i18n.Localization;

/**
 * Changes one citation: its source, where in it, the field it supports, its grade, and whether the
 * source supports the record or reports someone denying it.
 */
public final class CitationDialog extends Dialog<CitationEdit> {

    public CitationDialog(CitationRow row, List<RecordItem> sources, Window owner) {
        initOwner(owner);
        setTitle(lang("Edit citation"));
        setHeaderText(lang("On a case the change is saved with the case (Save); elsewhere it is saved at once."));
        ComboBox<RecordItem> source = new ComboBox<>();
        source.getItems().setAll(sources);
        source.setConverter(Controls.converter(RecordItem::title));
        source.setId("citation-source");
        // the cited source by id: the list holds items read separately, possibly a newer title
        source.setValue(sources.stream().filter(s -> s.id().equals(row.source().id())).findFirst()
                .orElse(row.source()));
        source.setMaxWidth(Double.MAX_VALUE);
        TextField field = new TextField(row.field());
        field.setId("citation-field");
        field.setPromptText(lang("Field (empty: whole record)"));
        TextField locator = new TextField(row.locator());
        locator.setId("citation-locator");
        locator.setPromptText(lang("e.g. para. 12, p. 4"));
        ComboBox<SourceGrade> reliability = grades(SourceGrade.values(), "citation-reliability",
                row.grade() == null ? null : row.grade().reliability());
        ComboBox<InformationGrade> credibility = grades(InformationGrade.values(), "citation-credibility",
                row.grade() == null ? null : row.grade().credibility());
        credibility.setConverter(Controls.converter(g -> g == null ? lang("not graded") : g.digit() + ": "
                + Localization.label(g)));
        ComboBox<Stance> stance = new ComboBox<>();
        stance.getItems().setAll(Stance.values());
        stance.setConverter(Controls.converter(Localization::label));
        stance.setValue(row.stance() == null ? Stance.SUPPORTS : row.stance());
        stance.setId("citation-stance");
        TextField claimant = new TextField(row.claimant());
        claimant.setId("citation-claimant");
        claimant.setPromptText(lang("who denies or claims, if not the source itself (e.g. CBSA)"));
        GridPane form = new GridPane();
        org.returnwatch.desktop.common.AccessibleNames.labelRows(form);
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(lang("Source")), source);
        form.addRow(1, new Label(lang("Where in the source")), locator);
        form.addRow(2, new Label(lang("Field cited")), field);
        form.addRow(3, new Label(lang("Grade")), new HBox(8, reliability, credibility));
        form.addRow(4, new Label(lang("The source")), new HBox(8, stance, claimant));
        HBox.setHgrow(claimant, Priority.ALWAYS);
        GridPane.setHgrow(source, Priority.ALWAYS);
        form.setPrefWidth(640);
        getDialogPane().setContent(form);
        ButtonType ok = new ButtonType(lang("Change"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        // a grade is both letter and digit, or neither
        getDialogPane().lookupButton(ok).disableProperty().bind(source.valueProperty().isNull()
                .or(reliability.valueProperty().isNull().isNotEqualTo(credibility.valueProperty().isNull())));
        setResultConverter(b -> b == ok ? new CitationEdit(source.getValue(), field.getText(), locator.getText(),
                reliability.getValue() == null || credibility.getValue() == null ? null
                        : new Grade(reliability.getValue(), credibility.getValue()),
                stance.getValue(), claimant.getText()) : null);
        setResizable(true);
    }

    /** A choice of grade with "not graded" first; each grade shows its letter or digit and its meaning. */
    private static <G extends Enum<G> & org.returnwatch.domain.Labelled> ComboBox<G> grades(G[] values, String id,
                                                                                          G value) {
        List<G> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(values));
        ComboBox<G> box = new ComboBox<>();
        box.getItems().setAll(choices);
        box.setConverter(Controls.converter(g -> g == null ? lang("not graded") : g.name() + ": "
                + Localization.label(g)));
        box.setValue(value);
        box.setId(id);
        return box;
    }
}
