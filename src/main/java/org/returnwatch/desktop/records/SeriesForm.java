package org.returnwatch.desktop.records;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.returnwatch.app.ChildChanges;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.common.ChildTable;
import org.returnwatch.desktop.common.FormText;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.PointKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.RecordKind;
import org.returnwatch.domain.Reference;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;
import org.returnwatch.domain.Trend;

/** A published statistic and its data points; the points are records of their own, saved with it. */
public final class SeriesForm implements RecordForm<Series> {
    final StringProperty name = FormText.text();
    final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.FLOW);
    final StringProperty unit = FormText.text();
    final StringProperty countries = FormText.text();
    final StringProperty reportedBy = FormText.text();
    final StringProperty description = FormText.text();
    private final ObservableList<PointRow> points = FXCollections.observableArrayList(
            r -> new Observable[] {r.period, r.says, r.value, r.high, r.qualifier, r.trend, r.statement, r.claimedBy,
                r.note});
    private final List<DataPoint> removed = new ArrayList<>();
    private final ChildTable<PointRow> table = new ChildTable<>(lang("Data points"), points, List.of(
            new ChildTable.Column<>(lang("Period"), r -> r.period, List.of()),
            new ChildTable.Column<>(lang("Says"), r -> r.says, List.of(PointKind.values())),
            new ChildTable.Column<>(lang("Qualifier"), r -> r.qualifier, List.of(Qualifier.values())),
            new ChildTable.Column<>(lang("Value"), r -> r.value, List.of()),
            new ChildTable.Column<>(lang("High (range)"), r -> r.high, List.of()),
            new ChildTable.Column<>(lang("Trend"), r -> r.trend, List.of(Trend.values())),
            new ChildTable.Column<>(lang("In the source's words"), r -> r.statement, List.of()),
            new ChildTable.Column<>(lang("Claimed by"), r -> r.claimedBy, List.of()),
            new ChildTable.Column<>(lang("Note"), r -> r.note, List.of())),
            PointRow::new, PointRow::problem);

    /** One data point as edited; {@code original} is null for a new one. */
    public static final class PointRow {
        DataPoint original;
        public final StringProperty period = FormText.text();
        public final ObjectProperty<PointKind> says = new SimpleObjectProperty<>(PointKind.FIGURE);
        public final ObjectProperty<Trend> trend = new SimpleObjectProperty<>();
        public final StringProperty statement = FormText.text();
        public final ObjectProperty<Qualifier> qualifier = new SimpleObjectProperty<>(Qualifier.EXACT);
        public final StringProperty value = FormText.text();
        public final StringProperty high = FormText.text();
        public final StringProperty claimedBy = FormText.text();
        public final StringProperty note = FormText.text();

        String problem() {
            try {
                build(UUID.randomUUID());
                return null;
            } catch (IllegalArgumentException e) {
                return lang("Data point {0}: {1}", period.get(), message(e));
            }
        }

        DataPoint build(UUID seriesId) {
            ReportingPeriod p = ReportingPeriod.parse(period.get());
            PointKind kind = says.get() == null ? PointKind.FIGURE : says.get();
            boolean figure = kind == PointKind.FIGURE;
            // words carry no number: an empty value box is how they are typed, a filled one a mistake
            BigDecimal v = !figure && blank(value.get()) ? null : number(value.get(), "value");
            BigDecimal h = blank(high.get()) ? null : number(high.get(), lang("high value"));
            UUID id = original == null ? UUID.randomUUID() : original.id();
            return new DataPoint(id, original == null ? null : original.ref(),
                    original == null ? 0 : original.version(), seriesId, p, v, h,
                    figure ? qualifier.get() : Qualifier.EXACT, claimedBy.get(), note.get(), kind, statement.get(),
                    kind == PointKind.TREND ? trend.get() : null);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        private static BigDecimal number(String s, String what) {
            try {
                return new BigDecimal(s.strip().replace(",", ""));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(lang("the {0} must be a number, not \"{1}\"", what, s));
            }
        }
    }

    public SeriesForm() {
        points.addListener((ListChangeListener<PointRow>) c -> {
            while (c.next()) {
                c.getRemoved().stream().filter(r -> r.original != null && !points.contains(r))
                        .forEach(r -> removed.add(r.original));
            }
        });
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SERIES;
    }

    @Override
    public String noun() {
        return lang("statistic");
    }

    @Override
    public List<FormField> fields() {
        return List.of(FormField.required(lang("Name"), name), FormField.choice(lang("Measure"), measure,
                        List.of(Measure.values())), FormField.required(lang("Unit"), unit),
                FormField.area(lang("Countries (one per line)"), countries), FormField.text(lang("Reported by"),
                        reportedBy),
                FormField.area(lang("Description"), description));
    }

    @Override
    public Optional<ChildTable<?>> children() {
        return Optional.of(table);
    }

    @Override
    public List<RecordItem> linkableParts(Series s) {
        return s.points().stream().map(RecordItem::of).toList();
    }

    @Override
    public void load(Series s) {
        name.set(s.name());
        measure.set(s.measure());
        unit.set(s.unit());
        countries.set(FormText.lines(s.countries()));
        reportedBy.set(FormText.orEmpty(s.reportedBy()));
        description.set(FormText.orEmpty(s.description()));
        points.setAll(s.points().stream().map(p -> {
            PointRow r = new PointRow();
            r.original = p;
            r.period.set(p.period().toText());
            r.qualifier.set(p.qualifier());
            r.says.set(p.pointKind());
            r.trend.set(p.trend());
            r.statement.set(p.statement() == null ? "" : p.statement());
            r.value.set(p.value() == null ? "" : p.value().toPlainString());
            r.high.set(p.high() == null ? "" : p.high().toPlainString());
            r.claimedBy.set(FormText.orEmpty(p.claimedBy()));
            r.note.set(FormText.orEmpty(p.note()));
            return r;
        }).toList());
        removed.clear();
    }

    @Override
    public Series blank() {
        return new Series(UUID.randomUUID(), null, 0, lang("New statistic"), Measure.FLOW, "people", null, null,
                null, null);
    }

    @Override
    public Series build(UUID id, Reference ref, long version) {
        for (PointRow r : points) {
            String p = r.problem();
            if (p != null) {
                throw new IllegalArgumentException(p);
            }
        }
        return new Series(id, ref, version, name.get(), measure.get(), unit.get(), FormText.splitLines(countries.get()),
                reportedBy.get(), description.get(), List.of());
    }

    /** New points inserted, changed ones updated, removed ones deleted: in the series' transaction. */
    @Override
    public ChildChanges childChanges(UUID seriesId) {
        List<DataPoint> added = new ArrayList<>();
        List<DataPoint> changed = new ArrayList<>();
        List<DataPoint> unchanged = new ArrayList<>();
        for (PointRow r : points) {
            DataPoint p = r.build(seriesId);
            if (r.original == null) {
                added.add(p);
            } else if (p.equals(r.original)) {
                unchanged.add(p);
            } else {
                changed.add(p);
            }
        }
        return new ChildChanges(removed, added, changed, unchanged);
    }

    @Override
    public void rebaseChildren(Map<UUID, Long> versions) {
        for (PointRow r : points) {
            if (r.original != null && versions.containsKey(r.original.id())) {
                r.original = r.original.withStored(r.original.ref(), versions.get(r.original.id()));
            }
        }
        removed.replaceAll(p -> versions.containsKey(p.id()) ? p.withStored(p.ref(), versions.get(p.id())) : p);
    }

    @Override
    public void detachChildren() {
        removed.clear();
        points.forEach(r -> r.original = null);
    }
}
