package org.returnwatch.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A chart's definition saved under a name: what to draw, not the figures, so that opening it later
 * draws the data as it is then.
 *
 * @param id           stable identifier
 * @param name         what the user finds it by; unique
 * @param title        the chart's own title, or null for "the series' names"
 * @param type         AUTO, BAR or LINE (the names of the chart package's ChartType, kept as text so
 *                     that the store does not depend on the chart package)
 * @param seriesIds    the series, in legend order
 * @param agreementIds agreements whose dated status changes are marked
 * @param fromYear     first year shown, or null
 * @param toYear       last year shown, or null
 * @param layout       how the series share the chart: AUTO, ONE_AXIS, SECOND_AXIS or SMALL_MULTIPLES (the
 *                     chart package's ChartLayout, as text like the type)
 * @param palette      COLOUR_BLIND_SAFE or GREYSCALE (the chart package's ChartPalette)
 */
public record SavedChart(UUID id, String name, String title, String type, List<UUID> seriesIds,
                         List<UUID> agreementIds, Integer fromYear, Integer toYear, String layout, String palette) {

    public static final Set<String> TYPES = Set.of("AUTO", "BAR", "LINE");
    public static final Set<String> LAYOUTS = Set.of("AUTO", "ONE_AXIS", "SECOND_AXIS", "SMALL_MULTIPLES");
    public static final Set<String> PALETTES = Set.of("COLOUR_BLIND_SAFE", "GREYSCALE");
    public static final String DEFAULT_LAYOUT = "AUTO";
    public static final String DEFAULT_PALETTE = "COLOUR_BLIND_SAFE";
    public static final int MAX_NAME = 200;

    public SavedChart {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "name");
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a chart's name is at most " + MAX_NAME + " characters");
        }
        title = Texts.clean(title);
        type = type == null ? "AUTO" : type;
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown chart type " + type);
        }
        seriesIds = List.copyOf(seriesIds);
        agreementIds = agreementIds == null ? List.of() : List.copyOf(agreementIds);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("the first year (" + fromYear + ") is after the last year ("
                    + toYear + ")");
        }
        layout = layout == null ? DEFAULT_LAYOUT : layout;
        if (!LAYOUTS.contains(layout)) {
            throw new IllegalArgumentException("unknown chart layout " + layout);
        }
        palette = palette == null ? DEFAULT_PALETTE : palette;
        if (!PALETTES.contains(palette)) {
            throw new IllegalArgumentException("unknown chart palette " + palette);
        }
    }

    /** A definition with the automatic layout and the default palette, as charts were saved before either. */
    public SavedChart(UUID id, String name, String title, String type, List<UUID> seriesIds, List<UUID> agreementIds,
                      Integer fromYear, Integer toYear) {
        this(id, name, title, type, seriesIds, agreementIds, fromYear, toYear, null, null);
    }

    public SavedChart withId(UUID newId) {
        return new SavedChart(newId, name, title, type, seriesIds, agreementIds, fromYear, toYear, layout, palette);
    }
}
