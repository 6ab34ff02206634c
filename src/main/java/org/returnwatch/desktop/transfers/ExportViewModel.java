package org.returnwatch.desktop.transfers;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.shell.ShownRecords;
import org.returnwatch.exchange.Exports;
import org.returnwatch.exchange.Selection;

/**
 * The choices of File → Export: everything or what the list on show holds, as JSON or CSV, exact or
 * pseudonymised by a redaction profile. Chosen in {@link ExportDialog}; written by {@link ExportFlow}.
 */
public final class ExportViewModel {
    /** Where and in which form the export goes. */
    public enum Destination {
        JSON(key("One JSON document (.json)"), "json"),
        CSV_ZIP(key("CSV files, one per kind of record, in a zip (.zip)"), "zip"),
        CSV_FOLDER(key("CSV files, one per kind of record, in a new folder"), null);

        private final String label;
        private final String extension;

        Destination(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return lang(label);
        }

        /** Without the dot; null for a folder. */
        public String extension() {
            return extension;
        }

        Exports.Format format() {
            return this == JSON ? Exports.Format.JSON : Exports.Format.CSV;
        }
    }

    /** Whether and how names are replaced (docs/redaction-profiles.md). */
    public enum Redaction {
        NONE(key("No: an exact copy, with every name and note")),
        STANDARD(key("Standard: names become codes; native names, aliases and notes are removed")),
        STRICT(key("Strict: also removes roles, cities, places, accusations, amounts and authors")),
        FILE(key("A redaction profile file…"));

        private final String label;

        Redaction(String label) {
            this.label = label;
        }

        public String label() {
            return lang(label);
        }
    }

    private final ShownRecords shown;
    private final DialogService dialogs;
    private final ObjectProperty<Destination> destination = new SimpleObjectProperty<>(this, "destination",
            Destination.JSON);
    private final BooleanProperty onlyShown = new SimpleBooleanProperty(this, "onlyShown");
    private final BooleanProperty withLinked = new SimpleBooleanProperty(this, "withLinked", true);
    private final ObjectProperty<Redaction> redaction = new SimpleObjectProperty<>(this, "redaction", Redaction.NONE);
    private final ReadOnlyObjectWrapper<Path> profileFile = new ReadOnlyObjectWrapper<>(this, "profileFile");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");

    /** @param shown what the list on show holds, or null when the screen on show lists nothing */
    public ExportViewModel(ShownRecords shown, DialogService dialogs) {
        this.shown = shown;
        this.dialogs = dialogs;
        ready.bind(Bindings.createBooleanBinding(() -> redaction.get() != Redaction.FILE || profileFile.get() != null,
                redaction, profileFile));
    }

    /** Asks for a profile file; choosing none leaves the file as it was. */
    public void chooseProfileFile() {
        dialogs.chooseFileToOpen(lang("Redaction profile"), lang("Redaction profile (JSON)"), "json").ifPresent(f -> {
            profileFile.set(f);
            redaction.set(Redaction.FILE);
        });
    }

    public Selection selection() {
        if (!onlyShown.get() || shown == null) {
            return Selection.ALL;
        }
        return withLinked.get() ? shown.selection() : shown.selection().onlyThese();
    }

    public boolean pseudonymised() {
        return redaction.get() != Redaction.NONE;
    }

    /** The profile's name or file, as {@code RedactionProfile.named} takes it; null for an exact copy. */
    String profileName() {
        return switch (redaction.get()) {
            case NONE -> null;
            case STANDARD -> "standard";
            case STRICT -> "strict";
            case FILE -> profileFile.get().toString();
        };
    }

    /** "returnwatch-2026-11-23", "returnwatch-pseudonymised-2026-11-23.zip" … */
    public String suggestedName(LocalDate today) {
        String ext = destination.get().extension();
        return "returnwatch-" + (pseudonymised() ? "pseudonymised-" : "") + today + (ext == null ? "" : "." + ext);
    }

    /** What the list on show holds, in words; null when there is nothing narrower than everything. */
    public String shownDescription() {
        return shown == null ? null : shown.description();
    }

    public ObjectProperty<Destination> destinationProperty() {
        return destination;
    }

    public BooleanProperty onlyShownProperty() {
        return onlyShown;
    }

    /** With what the list shows: also the records they are linked to (true), or only them (false). */
    public BooleanProperty withLinkedProperty() {
        return withLinked;
    }

    public ObjectProperty<Redaction> redactionProperty() {
        return redaction;
    }

    public ReadOnlyObjectProperty<Path> profileFileProperty() {
        return profileFile.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}
