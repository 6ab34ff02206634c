package org.returnwatch.app;

import java.util.List;
import java.util.UUID;
import org.returnwatch.chart.ChartLayout;
import org.returnwatch.chart.ChartPalette;
import org.returnwatch.chart.ChartRequest;
import org.returnwatch.chart.ChartType;
import org.returnwatch.domain.SavedChart;

/** What a chart shows, by id: what the Charts screen's controls ask for and a saved chart holds. */
public record ChartDefinition(List<UUID> seriesIds, List<UUID> agreementIds, ChartType type, Integer fromYear,
                              Integer toYear, String title, ChartLayout layout, ChartPalette palette) {

    public ChartDefinition {
        seriesIds = List.copyOf(seriesIds);
        agreementIds = List.copyOf(agreementIds);
        type = type == null ? ChartType.AUTO : type;
        layout = layout == null ? ChartLayout.AUTO : layout;
        palette = palette == null ? ChartPalette.COLOUR_BLIND_SAFE : palette;
    }

    /** With the automatic layout and the default palette. */
    public ChartDefinition(List<UUID> seriesIds, List<UUID> agreementIds, ChartType type, Integer fromYear,
                           Integer toYear, String title) {
        this(seriesIds, agreementIds, type, fromYear, toYear, title, ChartLayout.AUTO, ChartPalette.COLOUR_BLIND_SAFE);
    }

    public static ChartDefinition of(SavedChart saved) {
        return new ChartDefinition(saved.seriesIds(), saved.agreementIds(), ChartType.parse(saved.type()),
                saved.fromYear(), saved.toYear(), saved.title(), ChartLayout.valueOf(saved.layout()),
                ChartPalette.valueOf(saved.palette()));
    }

    public SavedChart toSaved(UUID id, String name) {
        return new SavedChart(id, name, title, type.name(), seriesIds, agreementIds, fromYear, toYear, layout.name(),
                palette.name());
    }

    /**
     * The request drawn with this definition's title, type, years, layout and palette: what the controls
     * change without reading the series again.
     *
     * @throws IllegalArgumentException if the first year is after the last
     */
    public ChartRequest applyTo(ChartRequest request) {
        return request.withTitle(title).withType(type).withYears(fromYear, toYear).withLayout(layout)
                .withPalette(palette);
    }
}
