package org.returnwatch.desktop.chartscreen;

import java.util.List;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.returnwatch.app.ChartDefinition;
import org.returnwatch.chart.ChartLayout;
import org.returnwatch.chart.ChartPalette;
import org.returnwatch.chart.ChartType;

/**
 * The Charts screen's controls other than the checklists: type, years, title, layout and palette.
 * None of them needs the series read again; a change only draws the chart anew.
 */
public final class ChartControls {
    private final ObjectProperty<ChartType> type = new SimpleObjectProperty<>(this, "type", ChartType.AUTO);
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>(this, "fromYear");
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>(this, "toYear");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<ChartLayout> layout = new SimpleObjectProperty<>(this, "layout", ChartLayout.AUTO);
    private final ObjectProperty<ChartPalette> palette = new SimpleObjectProperty<>(this, "palette",
            ChartPalette.COLOUR_BLIND_SAFE);

    /** Runs {@code changed} after any control changes. */
    void onChange(Runnable changed) {
        for (Observable o : new Observable[] {type, fromYear, toYear, title, layout, palette}) {
            o.addListener(x -> changed.run());
        }
    }

    /** What the controls ask for, with these series and agreements. */
    ChartDefinition definition(List<UUID> seriesIds, List<UUID> agreementIds) {
        return new ChartDefinition(seriesIds, agreementIds, type.get(), fromYear.get(), toYear.get(), title.get(),
                layout.get(), palette.get());
    }

    /** Sets every control as the definition says (a saved chart opened). */
    void set(ChartDefinition d) {
        type.set(d.type());
        fromYear.set(d.fromYear());
        toYear.set(d.toYear());
        title.set(d.title() == null ? "" : d.title());
        layout.set(d.layout());
        palette.set(d.palette());
    }

    /** Automatic type and layout, every year, the default title and palette. */
    void reset() {
        type.set(ChartType.AUTO);
        fromYear.set(null);
        toYear.set(null);
        title.set("");
        layout.set(ChartLayout.AUTO);
        palette.set(ChartPalette.COLOUR_BLIND_SAFE);
    }

    public ObjectProperty<ChartType> typeProperty() {
        return type;
    }

    public ObjectProperty<Integer> fromYearProperty() {
        return fromYear;
    }

    public ObjectProperty<Integer> toYearProperty() {
        return toYear;
    }

    /** The title typed; blank means the default title. */
    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<ChartLayout> layoutProperty() {
        return layout;
    }

    public ObjectProperty<ChartPalette> paletteProperty() {
        return palette;
    }
}
