package org.returnwatch.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.returnwatch.app.CitationRow;
import org.returnwatch.app.Difference;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.casefile.DossierDialogs;
import org.returnwatch.desktop.casefile.DossierViewModel;
import org.returnwatch.desktop.chartscreen.ChartDialogs;
import org.returnwatch.desktop.chartscreen.PrintPreviewViewModel;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.duplicates.MergeDialogs;
import org.returnwatch.desktop.duplicates.MergeViewModel;
import org.returnwatch.desktop.links.LinkDialogs;
import org.returnwatch.desktop.links.LinkPickerViewModel;
import org.returnwatch.desktop.mapping.MappingDialogs;
import org.returnwatch.desktop.mapping.MappingViewModel;
import org.returnwatch.desktop.protect.NewPassphrase;
import org.returnwatch.desktop.protect.PassphraseDialogs;
import org.returnwatch.desktop.task.Progress;
import org.returnwatch.desktop.transfers.ExchangeDialogs;
import org.returnwatch.desktop.transfers.ExportViewModel;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.exchange.Problem;

/** Answers every dialog a window asks with scripted replies, and remembers what was asked. */
public final class FakeDialogs implements DialogService, LinkDialogs, ExchangeDialogs, MappingDialogs, ChartDialogs,
        MergeDialogs, PassphraseDialogs, DossierDialogs {
    /** What File → Change passphrase is answered: {current, new}; null answers as Cancel. */
    public String[] newPassphraseAnswer;
    public boolean confirmAnswer = true;
    public UnsavedChoice unsavedAnswer = UnsavedChoice.STAY;
    public ConflictChoice conflictAnswer = ConflictChoice.CANCEL;
    public LinkPickerViewModel.Choice linkAnswer;
    public LinkPickerViewModel lastPicker;
    /** What the citation dialog answers; null answers as Cancel. */
    public CitationEdit citationAnswer;
    public final List<String> confirmations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public List<Difference> lastDifferences;
    /** Where an export is written; null answers as a cancelled file chooser. */
    public Path exportAnswer;
    /** The file chosen to open (to import, restore …); null answers as a cancelled chooser. */
    public Path openAnswer;
    /** The files chosen to attach; empty answers as a cancelled chooser. */
    public List<Path> attachAnswer = List.of();
    /** The folder chosen; null answers as a cancelled chooser. */
    public Path folderAnswer;
    public final List<String> infos = new ArrayList<>();
    /** Every progress shown, and how many of them were closed again. */
    public final List<Progress> progressShown = new ArrayList<>();
    public int progressClosed;
    /** The Nth progress shown (from 1) is cancelled at once, as if the user pressed Cancel; 0 for none. */
    public int cancelProgressNumber;
    /** How the export dialog is answered: sets the choices and says OK (true) or Cancel (false). */
    public java.util.function.Predicate<ExportViewModel> exportChoice = vm -> true;
    /** The passphrase typed when asked again; null answers as Cancel. */
    public String passphraseAnswer;
    public int passphraseAsked;
    /** The problem lists shown, and whether the user goes back (the retry button). */
    public final List<List<Problem>> problemsShown = new ArrayList<>();
    public boolean retryAnswer;
    /** How the mapping dialog answers, given its model; null answers as Cancel. */
    public java.util.function.Function<MappingViewModel, Mapping> mappingAnswer;

    /** How the print preview is answered: may change its choices, then says Print (true); null answers Cancel. */
    public java.util.function.Predicate<PrintPreviewViewModel> printAnswer;
    /** The print previews shown. */
    public final List<PrintPreviewViewModel> previews = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(message);
    }

    @Override
    public UnsavedChoice askUnsaved(String record) {
        return unsavedAnswer;
    }

    @Override
    public ConflictChoice askConflict(String record, List<Difference> differences) {
        lastDifferences = differences;
        return conflictAnswer;
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseDatabase() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseExportFile(String title, String fileName, String description, String extension) {
        return Optional.ofNullable(exportAnswer);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String... extensions) {
        return Optional.ofNullable(openAnswer);
    }

    @Override
    public List<Path> chooseFilesToAttach(String title) {
        return attachAnswer;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folderAnswer);
    }

    @Override
    public ProgressView showProgress(Progress progress) {
        progressShown.add(progress);
        if (progressShown.size() == cancelProgressNumber) {
            progress.cancel();
        }
        return () -> progressClosed++;
    }

    @Override
    public boolean askExport(ExportViewModel export) {
        return exportChoice.test(export);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        passphraseAsked++;
        return Optional.ofNullable(passphraseAnswer).map(String::toCharArray);
    }

    @Override
    public boolean showProblems(String title, String message, List<Problem> problems, String retryLabel) {
        problemsShown.add(problems);
        return retryLabel != null && retryAnswer;
    }

    @Override
    public Optional<CitationEdit> editCitation(CitationRow citation, List<RecordItem> sources) {
        return Optional.ofNullable(citationAnswer);
    }

    @Override
    public Optional<LinkPickerViewModel.Choice> pickLink(LinkPickerViewModel picker) {
        lastPicker = picker;
        return Optional.ofNullable(linkAnswer);
    }

    @Override
    public Optional<Mapping> mapColumns(MappingViewModel vm) {
        return mappingAnswer == null ? Optional.empty() : Optional.ofNullable(mappingAnswer.apply(vm));
    }

    @Override
    public boolean askPrint(PrintPreviewViewModel preview) {
        previews.add(preview);
        return printAnswer != null && printAnswer.test(preview);
    }

    /** How the merge dialog is answered: may change its choices, then says Merge (true) or Cancel (false). */
    public java.util.function.Predicate<MergeViewModel> mergeAnswer = vm -> true;
    /** The merge dialogs shown. */
    public final List<MergeViewModel> merges = new ArrayList<>();

    @Override
    public boolean askMerge(MergeViewModel merge) {
        merges.add(merge);
        return mergeAnswer.test(merge);
    }

    /** How the dossier dialog is answered: may change its choices, then says Save PDF (true); null answers Cancel. */
    public java.util.function.Predicate<DossierViewModel> dossierAnswer;
    /** The dossier dialogs shown, and the PDFs the system's reader was asked to open. */
    public final List<DossierViewModel> dossiers = new ArrayList<>();
    public final List<Path> opened = new ArrayList<>();

    @Override
    public boolean askDossier(DossierViewModel dossier) {
        dossiers.add(dossier);
        return dossierAnswer != null && dossierAnswer.test(dossier);
    }

    @Override
    public void openPdf(Path pdf) {
        opened.add(pdf);
    }

    /** This fake as every dialog of a window. */
    public WindowDialogs all() {
        return new WindowDialogs(this, this, this, this, this, this, this, this);
    }

    @Override
    public Optional<NewPassphrase> askNewPassphrase() {
        return Optional.ofNullable(newPassphraseAnswer).map(a -> new NewPassphrase(a[0].toCharArray(),
                a[1].toCharArray()));
    }
}
