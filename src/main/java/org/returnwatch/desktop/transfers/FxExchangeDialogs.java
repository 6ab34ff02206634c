package org.returnwatch.desktop.transfers;

import java.util.List;
import javafx.stage.Window;
import org.returnwatch.desktop.common.Controls;
import org.returnwatch.exchange.Problem;

/** The real export choices and the table of an import's problems, owned by a window. */
public final class FxExchangeDialogs implements ExchangeDialogs {
    private final Window owner;

    public FxExchangeDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean askExport(ExportViewModel export) {
        return Controls.styled(new ExportDialog(export, owner)).showAndWait().orElse(false);
    }

    @Override
    public boolean showProblems(String title, String message, List<Problem> problems, String retryLabel) {
        return Controls.styled(new ProblemsDialog(title, message, problems, retryLabel, owner)).showAndWait()
                .orElse(false);
    }
}
