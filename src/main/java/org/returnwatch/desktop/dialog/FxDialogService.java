package org.returnwatch.desktop.dialog;

import static org.returnwatch.i18n.Localization.lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.returnwatch.app.Difference;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.desktop.task.Progress;

/**
 * The real dialogs, owned by the main window so they stay on top of it. Not final: tests answer the
 * native file choosers, which TestFX cannot drive, and keep every other dialog real.
 */
public class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = Controls.styled(new Alert(type, message));
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setMinWidth(480);
        return a;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        a.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        // what is confirmed here deletes or throws away: a hurried Enter must not do it
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        notice(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        notice(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    /**
     * A message with one OK. It often appears while the user is still typing (Save pressed mid-sentence),
     * so the keys of the words being typed, Space among them, must not press its OK unread: only Enter,
     * Escape or a click close it.
     */
    private Alert notice(Alert.AlertType type, String title, String message) {
        Alert a = alert(type, title, message);
        a.getDialogPane().setId("notice");
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> typing = e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ENTER && e.getCode() != javafx.scene.input.KeyCode.ESCAPE
                    && !e.isShortcutDown() && !"\r".equals(e.getCharacter()) && !"\u001b".equals(e.getCharacter())) {
                e.consume();
            }
        };
        a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, typing);
        a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_RELEASED, typing);
        a.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, typing);
        return a;
    }

    @Override
    public UnsavedChoice askUnsaved(String record) {
        ButtonType save = new ButtonType(lang("Save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(lang("Discard changes"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(lang("Stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.WARNING, lang("Unsaved changes"), lang("{0} has unsaved changes.", record));
        a.getButtonTypes().setAll(save, discard, stay);
        ButtonType b = a.showAndWait().orElse(stay);
        return b == save ? UnsavedChoice.SAVE : b == discard ? UnsavedChoice.DISCARD : UnsavedChoice.STAY;
    }

    @Override
    public ConflictChoice askConflict(String record, List<Difference> differences) {
        ButtonType reload = new ButtonType(lang("Reload theirs"), ButtonBar.ButtonData.NO);
        ButtonType keep = new ButtonType(lang("Keep mine"), ButtonBar.ButtonData.YES);
        Alert a = alert(Alert.AlertType.WARNING, lang("Changed elsewhere"), null);
        TableView<Difference> table = new TableView<>();
        TableColumn<Difference, String> field = new TableColumn<>(lang("Field"));
        field.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().field()));
        TableColumn<Difference, String> mine = new TableColumn<>(lang("Your version"));
        mine.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().mine()));
        TableColumn<Difference, String> theirs = new TableColumn<>(lang("Stored version"));
        theirs.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().theirs()));
        table.getColumns().setAll(List.of(field, mine, theirs));
        table.getItems().setAll(differences);
        table.setPrefSize(720, 240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label intro = new Label(lang("{0} was saved by someone else (another window or the command line) "
                + "after you opened it. Nothing has been overwritten. Compare, then reload the stored version "
                + "or save yours over it.", record));
        intro.setWrapText(true);
        a.getDialogPane().setContent(new VBox(10, intro, table));
        a.getButtonTypes().setAll(reload, keep, ButtonType.CANCEL);
        ButtonType b = a.showAndWait().orElse(ButtonType.CANCEL);
        return b == reload ? ConflictChoice.RELOAD : b == keep ? ConflictChoice.KEEP_MINE : ConflictChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        FileChooser fc = chooser(lang("New database"));
        return forgotten(fc.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser fc = chooser(lang("Open database"));
        return forgotten(fc.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String fileName, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(fileName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return forgotten(fc.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                java.util.Arrays.stream(extensions).map(e -> "*." + e).toList()));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("All files"), "*"));
        return forgotten(fc.showOpenDialog(owner));
    }

    @Override
    public List<Path> chooseFilesToAttach(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        List<java.io.File> chosen = fc.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen.stream().map(f -> forgotten(f).orElseThrow()).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        return forgotten(dc.showDialog(owner));
    }

    @Override
    public ProgressView showProgress(Progress progress) {
        ProgressDialog d = Controls.styled(new ProgressDialog(progress, owner));
        d.show();
        return d::finish;
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        return Controls.styled(new PassphraseDialog(title, message, owner)).showAndWait();
    }

    /**
     * The chosen file, taken out of the desktop's recent files off the JavaFX thread, now and once more
     * a moment later (GTK writes its list a little after the dialog closes).
     */
    private static Optional<Path> forgotten(java.io.File chosen) {
        Optional<Path> path = Optional.ofNullable(chosen).map(java.io.File::toPath);
        path.ifPresent(p -> {
            Thread t = new Thread(() -> {
                RecentFiles recent = RecentFiles.ofDesktop();
                for (int i = 0; i < 3; i++) {
                    recent.forget(p);
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                recent.forget(p);
            }, "forget-recent-file");
            t.setDaemon(true);
            t.start();
        });
        return path;
    }

    private static FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(lang("ReturnWatch database"), "*.mv.db"));
        return fc;
    }
}
