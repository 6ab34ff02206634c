package org.returnwatch.desktop.chartscreen;

import javafx.stage.Window;
import org.returnwatch.chart.ChartViewerFactory;
import org.returnwatch.desktop.common.Controls;

/** The real print preview, owned by a window. */
public final class FxChartDialogs implements ChartDialogs {
    private final Window owner;
    private final ChartViewerFactory viewers;

    public FxChartDialogs(Window owner, ChartViewerFactory viewers) {
        this.owner = owner;
        this.viewers = viewers;
    }

    @Override
    public boolean askPrint(PrintPreviewViewModel preview) {
        return Controls.styled(new PrintPreviewDialog(preview, viewers, owner)).showAndWait().orElse(false);
    }
}
