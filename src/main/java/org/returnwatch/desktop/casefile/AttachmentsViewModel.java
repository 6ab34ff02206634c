package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.session.Session;
import org.returnwatch.desktop.shell.RecordDeleter;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.work.CancelledException;
import org.returnwatch.work.ProgressListener;

/**
 * The evidence files of one record (a case, an incident, an actor or a source): the list, attaching
 * (from a chooser or dropped), a preview of the one selected, and saving copies. Files are stored at
 * once, encrypted inside the database; they do not wait for the record's Save.
 */
public final class AttachmentsViewModel {
    /** Larger files are attached with their progress on show and a Cancel button. */
    static final long SHOW_PROGRESS_FROM = 8L * 1024 * 1024;
    /** The preview's longer side, in pixels. */
    public static final int PREVIEW_SIDE = 320;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Session session;
    private final Tasks tasks;
    private final Tasks previews;
    private final DialogService dialogs;
    private final ObservableList<Attachment> files = FXCollections.observableArrayList();
    private final ObjectProperty<Attachment> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<BufferedImage> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper unavailableText = new ReadOnlyStringWrapper(this, "unavailableText", "");
    private final ReadOnlyBooleanWrapper canShare = new ReadOnlyBooleanWrapper(this, "canShare");
    private java.util.function.Consumer<RecordDeleter.Undo> offerUndo;
    private RecordKind kind;
    private UUID owner;

    public AttachmentsViewModel(Session session, TaskRunner runner, DialogService dialogs) {
        this.session = session;
        this.tasks = new Tasks(runner);
        this.previews = new Tasks(runner);
        this.dialogs = dialogs;
        selected.addListener((o, was, now) -> showPreview(now));
    }

    /** Shows the files of a stored record. */
    public void show(RecordKind ownerKind, UUID ownerId) {
        kind = ownerKind;
        owner = ownerId;
        available.set(true);
        unavailableText.set("");
        reload(null);
    }

    /** The record is not stored yet (new, or a copy): files can be attached once it is saved. */
    public void showUnsaved(String noun) {
        showUnavailable(lang("Save the {0} first; then files can be attached to it.", noun));
    }

    /** No record to show the files of, and why. */
    public void showUnavailable(String why) {
        tasks.supersede();
        owner = null;
        files.clear();
        available.set(false);
        selected.set(null);
        unavailableText.set(why);
    }

    /** Drops the list and the preview (on lock, or when the record is closed). */
    public void forget() {
        tasks.cancelAll();
        previews.cancelAll();
        owner = null;
        files.clear();
        selected.set(null);
        preview.set(null);
        available.set(false);
    }

    private void reload(Attachment select) {
        if (owner == null || !session.isUnlocked()) {
            return;
        }
        Workspace w = session.workspace();
        UUID id = owner;
        tasks.supersede();
        tasks.run(lang("reading the attached files"), () -> w.attachments().list(id), list -> {
            files.setAll(list);
            selected.set(select == null ? null : list.stream().filter(a -> a.id().equals(select.id())).findFirst()
                    .orElse(null));
            if (selected.get() == null) {
                showPreview(null);
            }
        }, e -> dialogs.showError(lang("Evidence files"), message(e)));
    }

    /** Where the undo of a delete goes (the window's Edit → Undo); without one, a delete is final at once. */
    public void useUndo(java.util.function.Consumer<RecordDeleter.Undo> offer) {
        this.offerUndo = offer;
    }

    /**
     * Deletes the file chosen, after asking with its name (Cancel is the default). The delete can be
     * undone with Edit → Undo until another delete or merge takes its place; then, or at the latest
     * when the database next opens, the file's bytes leave the database for good.
     */
    public void deleteSelected() {
        Attachment a = selected.get();
        if (a == null || !available.get()) {
            return;
        }
        String message = lang("Delete {0} \"{1}\" ({2}, SHA-256 {3})?\n\nIts history keeps its name, size and "
                + "fingerprint. You can undo this with Edit → Undo delete until you delete or merge something else; "
                + "then the file is gone for good.", a.ref(), a.fileName(), size(a.size()), shortHash(a.sha256()));
        if (!dialogs.confirm(lang("Delete file"), message, lang("Delete file"))) {
            return;
        }
        Workspace w = session.workspace();
        java.util.function.Consumer<RecordDeleter.Undo> offer = offerUndo;
        tasks.run(lang("deleting the file"), () -> {
            Attachment deleted = w.attachments().delete(a.ref());
            if (offer == null) {
                w.attachments().deleteForGood(deleted);
            }
            return deleted;
        }, deleted -> {
            if (offer != null) {
                offer.accept(new RecordDeleter.Undo(lang("Undo delete"), ws -> ws.attachments().undoDelete(deleted),
                        ws -> ws.attachments().deleteForGood(deleted)));
            }
            reload(null);
        }, e -> dialogs.showError(lang("Delete file"), message(e)));
    }

    /** Asks for files and attaches them. */
    public void chooseAndAttach() {
        if (available.get()) {
            attach(dialogs.chooseFilesToAttach(lang("Attach files")));
        }
    }

    /**
     * Attaches files one after the other in the background; large ones with their progress on show,
     * which can be cancelled (the file under way is then not stored, those before it are).
     */
    public void attach(List<Path> chosen) {
        if (!available.get() || chosen.isEmpty()) {
            return;
        }
        Workspace w = session.workspace();
        RecordKind k = kind;
        UUID id = owner;
        long total = chosen.stream().mapToLong(AttachmentsViewModel::sizeOf).sum();
        String title = chosen.size() == 1 ? lang("Attaching {0}", chosen.get(0).getFileName())
                : lang("Attaching {0} files", chosen.size());
        Progress progress = new Progress(title, tasks.runner().ui());
        DialogService.ProgressView view = total >= SHOW_PROGRESS_FROM ? dialogs.showProgress(progress) : () -> { };
        List<Attachment> stored = new ArrayList<>();
        tasks.run(lang("attaching files"), () -> {
            long before = 0;
            for (Path p : chosen) {
                long base = before;
                stored.add(w.attachments().attach(k, id, p, null, new ProgressListener() {
                    @Override
                    public void progress(long done, long all) {
                        progress.progress(base + done, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return progress.cancelled();
                    }
                }));
                before += sizeOf(p);
            }
            return stored;
        }, list -> {
            view.close();
            reload(list.get(list.size() - 1));
        }, e -> {
            view.close();
            String kept = stored.isEmpty() ? "" : lang(" The {0}"
                    + " attached before it {1} kept.", (stored.size() == 1 ? "file" : lang("{0} files",
                    stored.size())), (stored.size() == 1 ? "is" : "are"));
            if (e instanceof CancelledException) {
                dialogs.showInfo(lang("Attach"), lang("Cancelled: the file under way was not stored.{0}", kept));
            } else {
                dialogs.showError(lang("Attach"), message(e) + kept);
            }
            reload(null);
        });
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** "Save a copy…": the exact bytes, checked against their fingerprint on the way out. */
    public void saveCopy() {
        Attachment a = selected.get();
        if (a == null) {
            return;
        }
        chooseTarget(lang("Save a copy of {0}", a.fileName()), a.fileName()).ifPresent(out -> {
            Workspace w = session.workspace();
            tasks.run(lang("saving a copy of a file"), () -> w.attachments().extract(a.ref(), out), done ->
                    dialogs.showInfo(lang("Save a copy"), lang("Saved {0}.\n\nIts SHA-256 matches the one taken "
                            + "when the file was attached.\n\nThis copy is not encrypted: keep it as safe as the "
                            + "database, or delete it when done.", done.file())),
                    e -> dialogs.showError(lang("Save a copy"), message(e)));
        });
    }

    /** "Save a copy for sharing…": an image without its metadata (position, camera, author); the original keeps it. */
    public void saveCopyForSharing() {
        Attachment a = selected.get();
        if (a == null || !canShare.get()) {
            return;
        }
        chooseTarget(lang("Save a copy for sharing"), "shared-" + a.fileName()).ifPresent(out -> {
            Workspace w = session.workspace();
            tasks.run(lang("saving a copy for sharing"), () -> w.attachments().extractForSharing(a.ref(), out), done ->
                    dialogs.showInfo(lang("Save a copy for sharing"), lang("Saved {0} without the image's "
                            + "metadata (GPS position, camera, author, captions).\n\nThe original in the database "
                            + "keeps its metadata. This copy is not encrypted.", done.file())),
                    e -> dialogs.showError(lang("Save a copy for sharing"), message(e)));
        });
    }

    private Optional<Path> chooseTarget(String title, String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1) : "*";
        return dialogs.chooseExportFile(title, name, lang("Files like the original"), ext);
    }

    private void showPreview(Attachment a) {
        previews.supersede();
        preview.set(null);
        canShare.set(false);
        if (a == null) {
            previewText.set(files.isEmpty() ? "" : lang("Choose a file to see it here, with its whole SHA-256."));
            return;
        }
        Workspace w = session.workspace();
        canShare.set(session.isUnlocked() && w.attachments().canShareWithoutMetadata(a));
        previewText.set(lang("Reading…"));
        previews.run(lang("making a preview"), () -> w.attachments().preview(a.ref(), PREVIEW_SIDE),
                img -> {
                    preview.set(img.orElse(null));
                    previewText.set(img.isPresent() ? "" : noPreview(a));
                }, e -> previewText.set(lang("No preview: {0}", message(e))));
    }

    private static String noPreview(Attachment a) {
        if (a.size() > 64L * 1024 * 1024 && (a.isImage() || "application/pdf".equals(a.mediaType()))) {
            return lang("No preview: the file is too large to show here. Save a copy to open it.");
        }
        return lang("No preview for {0}. Save a copy to open it.", a.mediaType());
    }

    /** A size as people read it: 812 bytes, 14.2 KB, 3.1 MB, 2.0 GB. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? lang(" byte") : lang(" bytes"));
        }
        String[] units = {lang("KB"), lang("MB"), lang("GB"), lang("TB")};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** The fingerprint as shown in the list: its first and last eight digits. */
    public static String shortHash(String sha256) {
        return sha256 == null || sha256.length() < 20 ? String.valueOf(sha256)
                : sha256.substring(0, 8) + "\u2026" + sha256.substring(sha256.length() - 8);
    }

    /** Who added a file and when, e.g. "amina, 2024-05-03 14:20". */
    public static String added(Attachment a) {
        String when = WHEN.format(a.addedAt());
        return a.addedBy() == null ? when : a.addedBy() + ", " + when;
    }

    public ObservableList<Attachment> files() {
        return files;
    }

    public ObjectProperty<Attachment> selectedProperty() {
        return selected;
    }

    /** A picture of the selected image or of the selected PDF's first page; null while there is none. */
    public ReadOnlyObjectProperty<BufferedImage> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Why there is no preview, or that it is being made. */
    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    /** False while the record is not stored yet. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unavailableTextProperty() {
        return unavailableText.getReadOnlyProperty();
    }

    /** True when the selected file is an image a copy without metadata can be made of. */
    public ReadOnlyBooleanProperty canShareProperty() {
        return canShare.getReadOnlyProperty();
    }
}
