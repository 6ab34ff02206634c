package org.returnwatch.app;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.returnwatch.domain.DataPoint;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.Labelled;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.StatusChange;

/**
 * The field-by-field differences of two versions of a record, labelled and written as a reader
 * sees them: the conflict dialog and the history show these, never component names or enum codes.
 */
public final class Differences {
    /** Identity and bookkeeping, not content; a series' points are records of their own. */
    private static final Set<String> NOT_CONTENT = Set.of("id", "ref", "version", "points");

    private Differences() {
    }

    public static List<Difference> between(DomainRecord mine, DomainRecord theirs) {
        if (mine.getClass() != theirs.getClass()) {
            throw new IllegalArgumentException("two kinds of record cannot be compared");
        }
        List<Difference> out = new ArrayList<>();
        for (RecordComponent rc : mine.getClass().getRecordComponents()) {
            if (NOT_CONTENT.contains(rc.getName())) {
                continue;
            }
            Object a = value(rc, mine);
            Object b = value(rc, theirs);
            if (!Objects.equals(a, b)) {
                out.add(new Difference(FieldLabels.of(mine.kind(), rc.getName()), text(a), text(b)));
            }
        }
        return out;
    }

    private static Object value(RecordComponent rc, DomainRecord r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc.getName(), e);
        }
    }

    /** A value as the form shows it: dates and periods in words, list entries one after the other. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Labelled l) {
            return org.returnwatch.i18n.Localization.label(l);
        }
        if (v instanceof FuzzyDate d) {
            return org.returnwatch.i18n.DateWords.show(d);
        }
        if (v instanceof ReportingPeriod p) {
            return p.toDisplay();
        }
        if (v instanceof StatusChange s) {
            return org.returnwatch.i18n.Localization.label(s.status())
                    + " (" + org.returnwatch.i18n.DateWords.show(s.date()) + ")"
                    + (s.note() == null ? "" : ": " + s.note());
        }
        if (v instanceof DataPoint p) {
            return p.displayName();
        }
        if (v instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (v instanceof java.math.BigDecimal n) {
            return n.toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(Differences::text).collect(Collectors.joining("; "));
        }
        return v.toString();
    }
}
