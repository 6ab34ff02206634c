package org.returnwatch.app;

import java.util.List;
import java.util.UUID;
import org.returnwatch.chart.ChartType;
import org.returnwatch.domain.SavedChart;

/** What a chart shows, by id: what the Charts screen's controls ask for and a saved chart holds. */
public record ChartDefinition(List<UUID> seriesIds, List<UUID> agreementIds, ChartType type, Integer fromYear,
                              Integer toYear, String title) {

    public ChartDefinition {
        seriesIds = List.copyOf(seriesIds);
        agreementIds = List.copyOf(agreementIds);
        type = type == null ? ChartType.AUTO : type;
    }

    public static ChartDefinition of(SavedChart saved) {
        return new ChartDefinition(saved.seriesIds(), saved.agreementIds(), ChartType.parse(saved.type()),
                saved.fromYear(), saved.toYear(), saved.title());
    }

    public SavedChart toSaved(UUID id, String name) {
        return new SavedChart(id, name, title, type.name(), seriesIds, agreementIds, fromYear, toYear);
    }
}
