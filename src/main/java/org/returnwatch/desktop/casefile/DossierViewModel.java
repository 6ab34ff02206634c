package org.returnwatch.desktop.casefile;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.Dossiers;
import org.returnwatch.app.Previews;
import org.returnwatch.app.Workspace;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.desktop.task.Tasks;
import org.returnwatch.domain.CaseQuery;
import org.returnwatch.dossier.DossierLanguage;

/**
 * The choices for printing one case's dossier or the list report (pseudonymised or not, with which
 * profile, in which language) and a preview of its first pages, made in memory and made again whenever
 * a choice changes.
 */
public final class DossierViewModel {
    /** How many pages the preview shows, and their height in pixels. */
    static final int PREVIEW_PAGES = 3;
    public static final int PREVIEW_HEIGHT = 900;
    /** The redaction profiles offered for a pseudonymised dossier. */
    public static final List<String> PROFILES = List.of("standard", "strict");

    private final Tasks tasks;
    private final UUID caseId;
    private final String caseTitle;
    private final String title;
    private final Function<Dossiers.Options, byte[]> render;
    private final BooleanProperty pseudonymise = new SimpleBooleanProperty(this, "pseudonymise");
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(this, "profile", "standard");
    private final ObjectProperty<DossierLanguage> language = new SimpleObjectProperty<>(this, "language",
            DossierLanguage.EN);
    private final ObservableList<BufferedImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final boolean unsaved;

    /** @param unsaved true when the case on screen has changes not saved: the dossier prints what is stored */
    public DossierViewModel(Workspace workspace, TaskRunner runner, UUID caseId, String caseTitle, boolean unsaved) {
        this(runner, lang("Print case dossier"), caseId, caseTitle, o -> workspace.dossiers().renderCase(caseId, o),
                unsaved);
    }

    private DossierViewModel(TaskRunner runner, String title, UUID caseId, String caseTitle,
                             Function<Dossiers.Options, byte[]> render, boolean unsaved) {
        this.tasks = new Tasks(runner);
        this.title = title;
        this.caseId = caseId;
        this.caseTitle = caseTitle;
        this.render = render;
        pseudonymise.addListener((o, a, b) -> refresh());
        profile.addListener((o, a, b) -> refresh());
        language.addListener((o, a, b) -> refresh());
        this.unsaved = unsaved;
    }

    /**
     * The list report's choices and preview: the cases {@code query} selects, one row each.
     *
     * @param shown the cases the list shows, in words, for the dialog's heading
     */
    public static DossierViewModel forList(Workspace workspace, TaskRunner runner, CaseQuery query, String shown) {
        return new DossierViewModel(runner, lang("Print list report"), null, shown,
                o -> workspace.dossiers().renderList(query, o), false);
    }

    /** The choices as the application layer takes them. */
    public Dossiers.Options options() {
        return new Dossiers.Options(language.get(), pseudonymise.get() ? profile.get() : null);
    }

    /** Makes the preview again, in the background; an older preview still on its way is dropped. */
    public void refresh() {
        Dossiers.Options o = options();
        tasks.supersede();
        status.set(lang("Making the preview…"));
        tasks.run(lang("making the dossier's preview"), () -> {
            byte[] pdf = render.apply(o);
            return Previews.pdfPages(pdf, PREVIEW_PAGES, PREVIEW_HEIGHT);
        }, shown -> {
            pages.setAll(shown);
            status.set(shown.isEmpty() ? lang("The preview could not be made.") : describe(shown.size()));
        }, e -> {
            pages.clear();
            status.set(lang("The dossier cannot be made: {0}", message(e)));
        });
    }

    private String describe(int shown) {
        String s = shown < PREVIEW_PAGES ? lang("All {0}{1}", shown, (shown == 1 ? lang(" page") : lang(" pages")))
                : lang("The first {0} pages", shown);
        s += pseudonymise.get() ? lang(", pseudonymised ({0} profile)", profile.get())
                : lang(", with every name and note");
        return unsaved ? lang("{0}. The case has unsaved changes: the dossier prints it as last saved.", s)
                : lang("{0}.", s);
    }

    /** The dialog closed: nothing more comes back into it. */
    public void close() {
        tasks.cancelAll();
        pages.clear();
    }

    /** The dialog's title: what is printed. */
    public String title() {
        return title;
    }

    /** The case printed, or null for a list report. */
    public UUID caseId() {
        return caseId;
    }

    public String caseTitle() {
        return caseTitle;
    }

    public BooleanProperty pseudonymiseProperty() {
        return pseudonymise;
    }

    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObjectProperty<DossierLanguage> languageProperty() {
        return language;
    }

    /** Pictures of the first pages, in order. */
    public ObservableList<BufferedImage> pages() {
        return pages;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
