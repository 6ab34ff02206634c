package org.returnwatch.desktop.charts;

import java.util.List;
import java.util.UUID;
import org.returnwatch.chart.ChartType;
import org.returnwatch.domain.SavedChart;

/** What the screen's controls ask for, by id: the same thing a saved chart holds. */
record ChartDefinition(List<UUID> seriesIds, List<UUID> agreementIds, ChartType type, Integer fromYear,
                       Integer toYear, String title) {

    ChartDefinition {
        seriesIds = List.copyOf(seriesIds);
        agreementIds = List.copyOf(agreementIds);
        type = type == null ? ChartType.AUTO : type;
    }

    static ChartDefinition of(SavedChart saved) {
        return new ChartDefinition(saved.seriesIds(), saved.agreementIds(), ChartType.parse(saved.type()),
                saved.fromYear(), saved.toYear(), saved.title());
    }

    SavedChart toSaved(UUID id, String name) {
        return new SavedChart(id, name, title, type.name(), seriesIds, agreementIds, fromYear, toYear);
    }
}
