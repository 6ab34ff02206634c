package org.returnwatch.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One published statistic over time, with its values. */
public record Series(
        UUID id, Reference ref, long version,
        String name, Measure measure, String unit, List<String> countries, String reportedBy,
        String description, List<DataPoint> points) implements DomainRecord {

    public Series {
        Objects.requireNonNull(id, "id");
        name = Texts.required(name, "name");
        Objects.requireNonNull(measure, "measure");
        unit = Texts.required(unit, "unit");
        countries = Texts.cleanList(countries);
        reportedBy = Texts.clean(reportedBy);
        description = Texts.clean(description);
        points = points == null ? List.of()
                : points.stream().sorted(Comparator.comparing(DataPoint::period)).toList();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SERIES;
    }

    @Override
    public String displayName() {
        return name;
    }

    /**
     * True when the unit is a yearly rate ("people per year"): a figure for a span of years is then a
     * rate that held throughout the span, not a total over it.
     */
    public boolean isPerYear() {
        String u = unit.toLowerCase(java.util.Locale.ROOT);
        return u.contains("per year") || u.contains("a year") || u.contains("/year") || u.contains("per annum")
                || u.startsWith("yearly") || u.startsWith("annual");
    }

    public Series withPoints(List<DataPoint> newPoints) {
        return new Series(id, ref, version, name, measure, unit, countries, reportedBy, description, newPoints);
    }

    public Series withStored(Reference newRef, long newVersion) {
        return new Series(id, newRef, newVersion, name, measure, unit, countries, reportedBy, description, points);
    }
}
