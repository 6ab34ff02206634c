package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.FormControls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.dossier.DossierLanguage;

/** The choices of a dossier or list report beside a preview of its first pages, as they will print. */
final class DossierDialog extends Dialog<Boolean> {
    private static final double PAGE_WIDTH = 520;

    DossierDialog(DossierViewModel vm, Window owner) {
        initOwner(owner);
        setTitle(vm.title());
        setHeaderText(vm.caseTitle());
        setResizable(true);

        CheckBox pseudonymise = new CheckBox(lang("Pseudonymise (names replaced by codes, notes left out)"));
        pseudonymise.setId("dossier-pseudonymise");
        pseudonymise.setWrapText(true);
        pseudonymise.selectedProperty().bindBidirectional(vm.pseudonymiseProperty());
        ComboBox<String> profile = FormControls.combo(DossierViewModel.PROFILES, p -> lang("{0} profile", p));
        profile.setId("dossier-profile");
        profile.valueProperty().bindBidirectional(vm.profileProperty());
        profile.disableProperty().bind(vm.pseudonymiseProperty().not());
        ComboBox<DossierLanguage> language = FormControls.combo(List.of(DossierLanguage.values()),
                DossierDialog::languageName);
        language.setId("dossier-language");
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label status = Controls.wrapping("");
        status.setId("dossier-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Theme.TEXT_MUTED);
        Label plain = Controls.wrapping(lang("The PDF is written where you choose and is not encrypted."));
        plain.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        Label profileLabel = FormControls.label(lang("Profile"));
        profileLabel.setLabelFor(profile);
        Label languageLabel = FormControls.label(lang("Headings in"));
        languageLabel.setLabelFor(language);
        VBox choices = new VBox(10, pseudonymise, profileLabel, profile, languageLabel, language, status, plain);
        choices.setPrefWidth(260);
        choices.setMinWidth(220);

        VBox pages = new VBox(16);
        pages.setId("dossier-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.setStyle("-fx-background-color: -color-bg-subtle;");
        vm.pages().addListener((ListChangeListener<BufferedImage>) c -> {
            pages.getChildren().clear();
            for (BufferedImage img : vm.pages()) {
                ImageView page = new ImageView(SwingFXUtils.toFXImage(img, null));
                page.setPreserveRatio(true);
                page.setFitWidth(PAGE_WIDTH);
                page.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.3)));
                pages.getChildren().add(page);
            }
        });
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(PAGE_WIDTH + 60, 640);
        HBox body = new HBox(16, choices, scroll);
        getDialogPane().setContent(body);

        ButtonType save = new ButtonType(lang("Save PDF…"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        getDialogPane().lookupButton(save).setId("dossier-save");
        getDialogPane().lookupButton(save).disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.pages()));
        setResultConverter(b -> b == save);
    }

    static String languageName(DossierLanguage l) {
        return switch (l) {
            case EN -> lang("English");
            case ZH_HANS -> lang("Chinese, simplified (简体中文)");
            case ZH_HANT -> lang("Chinese, traditional (繁體中文)");
        };
    }
}
