package org.returnwatch.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One published point of a series, exactly as published: its period; for a figure its value (and
 * upper bound for a range) and the hedge the source put on it; for a size without a figure or a trend
 * the source's words (and which way the trend goes), never a number; and who claims it.
 *
 * @param statement the source's own wording: required for a vague size or a trend, optional for a
 *                  figure ("some 2,143")
 * @param trend     which way a trend goes; only for a trend
 */
public record DataPoint(
        UUID id, Reference ref, long version, UUID seriesId,
        ReportingPeriod period, BigDecimal value, BigDecimal high, Qualifier qualifier,
        String claimedBy, String note, PointKind pointKind, String statement, Trend trend) implements DomainRecord {

    public DataPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seriesId, "series");
        Objects.requireNonNull(period, "period");
        pointKind = Objects.requireNonNullElse(pointKind, PointKind.FIGURE);
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        statement = Texts.clean(statement);
        if (pointKind == PointKind.FIGURE) {
            Objects.requireNonNull(value, "value");
            if (trend != null) {
                throw new IllegalArgumentException("only a trend has a direction");
            }
            checkRange(value, high, qualifier);
        } else {
            if (value != null || high != null || qualifier != Qualifier.EXACT) {
                throw new IllegalArgumentException(pointKind.label() + " has no number: keep the source's words");
            }
            if (statement == null) {
                throw new IllegalArgumentException(pointKind.label() + " needs the source's words");
            }
            if ((pointKind == PointKind.TREND) != (trend != null)) {
                throw new IllegalArgumentException(pointKind == PointKind.TREND
                        ? "a trend needs its direction (rising, falling or little change)"
                        : "only a trend has a direction");
            }
        }
        claimedBy = Texts.clean(claimedBy);
        note = Texts.clean(note);
    }

    /** A published figure. */
    public DataPoint(UUID id, Reference ref, long version, UUID seriesId, ReportingPeriod period, BigDecimal value,
            BigDecimal high, Qualifier qualifier, String claimedBy, String note) {
        this(id, ref, version, seriesId, period, value, high, qualifier, claimedBy, note, PointKind.FIGURE, null, null);
    }

    /** A size or a trend the source states in words only. */
    public static DataPoint inWords(UUID id, UUID seriesId, ReportingPeriod period, PointKind kind, Trend trend,
            String statement, String claimedBy, String note) {
        return new DataPoint(id, null, 0, seriesId, period, null, null, Qualifier.EXACT, claimedBy, note, kind,
                statement, trend);
    }

    private static void checkRange(BigDecimal value, BigDecimal high, Qualifier qualifier) {
        if (qualifier == Qualifier.RANGE) {
            if (high == null || high.compareTo(value) < 0) {
                throw new IllegalArgumentException("a range needs a high value at or above its low value");
            }
        } else if (high != null) {
            throw new IllegalArgumentException("only a range has a high value");
        }
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DATA_POINT;
    }

    @Override
    public String displayName() {
        return period.toDisplay() + ": " + valueText();
    }

    /** A number that can be drawn, as opposed to words about a size or a trend. */
    public boolean isFigure() {
        return pointKind == PointKind.FIGURE;
    }

    /**
     * The value with its hedge, as a reader should see it: "more than 8,000", "300–800"; for words,
     * the words quoted ("“thousands every year”", "falling: “decreased over the past two years”").
     */
    public String valueText() {
        if (pointKind == PointKind.VAGUE_SIZE) {
            return "“" + statement + "”";
        }
        if (pointKind == PointKind.TREND) {
            return trend.label() + ": “" + statement + "”";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.ENGLISH);
        nf.setMaximumFractionDigits(2);
        if (qualifier == Qualifier.RANGE) {
            return nf.format(value) + "–" + nf.format(high);
        }
        String words = qualifier.words();
        return words.isEmpty() ? nf.format(value) : words + " " + nf.format(value);
    }

    public DataPoint withStored(Reference newRef, long newVersion) {
        return new DataPoint(id, newRef, newVersion, seriesId, period, value, high, qualifier, claimedBy, note,
                pointKind, statement, trend);
    }
}
