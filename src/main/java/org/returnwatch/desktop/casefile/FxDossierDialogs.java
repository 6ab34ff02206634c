package org.returnwatch.desktop.casefile;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;

/** The real dossier dialog, owned by a window, and the system's PDF reader. */
public final class FxDossierDialogs implements DossierDialogs {
    private final Window owner;

    public FxDossierDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean askDossier(DossierViewModel dossier) {
        return Controls.styled(new DossierDialog(dossier, owner)).showAndWait().orElse(false);
    }

    @Override
    public void openPdf(Path pdf) {
        hostServices().showDocument(pdf.toUri().toString());
    }

    /**
     * JavaFX hands out its host services only through an Application; opening a document needs none
     * of that application's state, so a bare one serves, and the launch path stays unchanged.
     */
    private static HostServices hostServices() {
        return new Application() {
            @Override
            public void start(Stage primaryStage) {
                // never launched
            }
        }.getHostServices();
    }
}
