package org.returnwatch.domain;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * One published value of a series, exactly as published: its period, its value (and upper bound
 * for a range), the hedge the source put on it, and who claims it.
 */
public record DataPoint(
        UUID id, Reference ref, long version, UUID seriesId,
        ReportingPeriod period, BigDecimal value, BigDecimal high, Qualifier qualifier,
        String claimedBy, String note) implements DomainRecord {

    public DataPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(seriesId, "series");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        qualifier = Objects.requireNonNullElse(qualifier, Qualifier.EXACT);
        if (qualifier == Qualifier.RANGE) {
            if (high == null || high.compareTo(value) < 0) {
                throw new IllegalArgumentException("a range needs a high value at or above its low value");
            }
        } else if (high != null) {
            throw new IllegalArgumentException("only a range has a high value");
        }
        claimedBy = Texts.clean(claimedBy);
        note = Texts.clean(note);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DATA_POINT;
    }

    @Override
    public String displayName() {
        return period.toDisplay() + ": " + valueText();
    }

    /** The value with its hedge, as a reader should see it: "more than 8,000", "300–800". */
    public String valueText() {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.ENGLISH);
        nf.setMaximumFractionDigits(2);
        if (qualifier == Qualifier.RANGE) {
            return nf.format(value) + "–" + nf.format(high);
        }
        String words = qualifier.words();
        return words.isEmpty() ? nf.format(value) : words + " " + nf.format(value);
    }

    public DataPoint withStored(Reference newRef, long newVersion) {
        return new DataPoint(id, newRef, newVersion, seriesId, period, value, high, qualifier, claimedBy, note);
    }
}
