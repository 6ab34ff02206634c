package org.returnwatch.desktop;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.returnwatch.desktop.shell.MainViewModel;
import org.returnwatch.desktop.transfers.BackupFlow;
import org.returnwatch.desktop.transfers.ExportFlow;
import org.returnwatch.desktop.transfers.ImportFlow;

/** Every view model of one window, wired: what its views are built from, and what tests drive. */
public final class WindowModel {
    private final ReadOnlyObjectWrapper<Screens> screens = new ReadOnlyObjectWrapper<>(this, "screens");
    private MainViewModel main;
    private ExportFlow export;
    private ImportFlow imports;
    private BackupFlow backups;

    WindowModel() {
    }

    void setScreens(Screens fresh) {
        screens.set(fresh);
    }

    void wire(MainViewModel mainViewModel, ExportFlow exportFlow, ImportFlow importFlow, BackupFlow backupFlow) {
        this.main = mainViewModel;
        this.export = exportFlow;
        this.imports = importFlow;
        this.backups = backupFlow;
    }

    public MainViewModel main() {
        return main;
    }

    /** The screens on show; fresh ones replace them on every lock. */
    public ReadOnlyObjectProperty<Screens> screensProperty() {
        return screens.getReadOnlyProperty();
    }

    public Screens screens() {
        return screens.get();
    }

    public ExportFlow export() {
        return export;
    }

    public ImportFlow imports() {
        return imports;
    }

    public BackupFlow backups() {
        return backups;
    }
}
