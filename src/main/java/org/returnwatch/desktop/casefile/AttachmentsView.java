package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;

import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.common.Theme;
import org.returnwatch.domain.Attachment;

/**
 * A record's evidence files: the list, a preview of the one selected with its whole SHA-256 and a
 * Copy button, and Attach (a chooser, or files dropped anywhere on the panel).
 */
public final class AttachmentsView extends VBox {

    /** @param id what the controls' ids start with, e.g. "case-files" */
    public AttachmentsView(AttachmentsViewModel vm, String title, String id) {
        super(6);
        setId(id);
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Theme.TITLE_4, "section-title");
        Label hint = new Label(lang(
                "Kept encrypted inside the database, with the SHA-256 of their exact bytes, as soon as "
                + "they are added (they do not wait for Save). Files can also be dropped here."));
        hint.getStyleClass().addAll(Theme.TEXT_MUTED, Theme.TEXT_SMALL);
        hint.setWrapText(true);
        Label unavailable = new Label();
        unavailable.textProperty().bind(vm.unavailableTextProperty());
        unavailable.getStyleClass().add(Theme.TEXT_MUTED);
        unavailable.visibleProperty().bind(vm.availableProperty().not());
        unavailable.managedProperty().bind(unavailable.visibleProperty());

        Button attach = new Button(lang("Attach files…"), new FontIcon("mdal-attach_file"));
        attach.setId(id + "-attach");
        attach.disableProperty().bind(vm.availableProperty().not());
        attach.setOnAction(e -> vm.chooseAndAttach());
        attach.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        TableView<Attachment> table = table(vm, id);
        VBox details = details(vm, id);
        HBox both = new HBox(12, table, details);
        HBox.setHgrow(table, Priority.ALWAYS);
        both.visibleProperty().bind(vm.availableProperty());
        both.managedProperty().bind(both.visibleProperty());
        HBox top = new HBox(10, attach, hint);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(hint, Priority.ALWAYS);
        top.visibleProperty().bind(vm.availableProperty());
        top.managedProperty().bind(top.visibleProperty());
        getChildren().addAll(heading, unavailable, top, both);

        setOnDragOver(e -> {
            if (vm.availableProperty().get() && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                // after the drop has ended: the source application is not kept waiting
                javafx.application.Platform.runLater(() -> vm.attach(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private static TableView<Attachment> table(AttachmentsViewModel vm, String id) {
        TableView<Attachment> table = new TableView<>(vm.files());
        table.setId(id + "-table");
        table.setAccessibleText(lang("Evidence files"));
        table.getStyleClass().addAll(Theme.STRIPED, Theme.DENSE);
        table.getColumns().setAll(List.of(
                Controls.<Attachment, String>column(lang("File"), Attachment::fileName, 200),
                Controls.<Attachment, String>column(lang("Type"), Attachment::mediaType, 110),
                Controls.<Attachment, String>column(lang("Size"), a -> AttachmentsViewModel.size(a.size()), 70),
                Controls.<Attachment, String>column(lang("Added"), AttachmentsViewModel::added, 150),
                Controls.<Attachment, String>column(lang("SHA-256"), a -> AttachmentsViewModel.shortHash(a.sha256()),
                        150)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(lang("No files attached.")));
        table.setPrefHeight(AttachmentsViewModel.PREVIEW_SIDE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        return table;
    }

    private static VBox details(AttachmentsViewModel vm, String id) {
        double side = AttachmentsViewModel.PREVIEW_SIDE - 20;
        ImageView picture = new ImageView();
        picture.setId(id + "-preview");
        picture.setPreserveRatio(true);
        picture.setFitWidth(side);
        picture.setFitHeight(side);
        vm.previewProperty().addListener((o, a, b) -> picture.setImage(b == null ? null : SwingFXUtils.toFXImage(b,
                null)));
        Label previewText = new Label();
        previewText.setId(id + "-preview-text");
        previewText.textProperty().bind(vm.previewTextProperty());
        previewText.setWrapText(true);
        previewText.getStyleClass().add(Theme.TEXT_MUTED);
        previewText.setMaxWidth(side - 16);
        previewText.visibleProperty().bind(picture.imageProperty().isNull());
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(picture, previewText);
        frame.setPrefSize(side, side);
        frame.setMinSize(side, side);
        frame.setMaxSize(side, side);
        frame.getStyleClass().add("preview-frame");

        TextField hash = new TextField();
        hash.setId(id + "-hash");
        hash.setAccessibleText(lang("SHA-256 of the file"));
        hash.setEditable(false);
        hash.setPromptText(lang("SHA-256"));
        Button copy = new Button(lang("Copy"), new FontIcon("mdal-content_copy"));
        copy.setId(id + "-copy-hash");
        copy.setTooltip(new Tooltip(lang("Copy the whole SHA-256 of the selected file")));
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(hash.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        vm.selectedProperty().addListener((o, a, b) -> hash.setText(b == null ? "" : b.sha256()));
        HBox hashRow = new HBox(4, hash, copy);
        HBox.setHgrow(hash, Priority.ALWAYS);

        Button save = new Button(lang("Save a copy…"), new FontIcon("mdmz-save_alt"));
        save.setId(id + "-save-copy");
        save.setOnAction(e -> vm.saveCopy());
        Button share = new Button(lang("Save a copy for sharing…"), new FontIcon("mdal-blur_on"));
        share.setId(id + "-save-shared");
        share.setTooltip(new Tooltip(lang("An image without its metadata (GPS position, camera, author); the original "
                + "keeps it")));
        share.visibleProperty().bind(vm.canShareProperty());
        share.managedProperty().bind(share.visibleProperty());
        share.setOnAction(e -> vm.saveCopyForSharing());
        Button delete = new Button(lang("Delete file…"), new FontIcon("mdal-delete"));
        delete.setId(id + "-delete");
        delete.setOnAction(e -> vm.deleteSelected());
        delete.setMaxWidth(Double.MAX_VALUE);
        save.setMaxWidth(Double.MAX_VALUE);
        share.setMaxWidth(Double.MAX_VALUE);
        VBox actions = new VBox(6, save, share, delete);
        hashRow.disableProperty().bind(vm.selectedProperty().isNull());
        actions.disableProperty().bind(vm.selectedProperty().isNull());
        VBox box = new VBox(6, frame, hashRow, actions);
        box.setPrefWidth(side);
        box.setMinWidth(side);
        box.setMaxWidth(side);
        return box;
    }
}
