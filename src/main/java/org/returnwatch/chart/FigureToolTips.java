package org.returnwatch.chart;

import java.io.Serializable;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

/** Tooltips read from the figure behind an item, so they carry the hedge and the source. */
final class FigureToolTips implements XYToolTipGenerator, Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        if (dataset instanceof FigureDataset figures) {
            return FigureText.toolTip(figures.figure(series, item));
        }
        return null;
    }
}
