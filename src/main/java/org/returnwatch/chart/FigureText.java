package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Predicate;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.PeriodKind;
import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.ReportingPeriod;
import org.returnwatch.domain.Series;

/** The words a chart prints about a figure: tooltips, short labels and the hedge symbols. */
final class FigureText {

    static final String NO_SOURCE = key("source not recorded");
    static final String DATE_UNCERTAIN = key("(date uncertain)");
    static final String DATE_INFERRED = key("(date inferred)");

    private FigureText() {
    }

    /** Series, period, the value with its hedge, and where it was published. */
    static String toolTip(Figure f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.series().name()).append(" — ").append(period(f)).append(": ")
                .append(f.point().valueText()).append(' ').append(f.series().unit());
        if (f.isYearlyRateOverSpan()) {
            sb.append(lang(" each year throughout the period (a yearly rate, not a total)"));
        } else if (f.isSpanTotal()) {
            sb.append(lang(" for the whole period (not a yearly value)"));
        }
        sb.append(lang(" — Source: ")).append(SourceLine.credit(f));
        return sb.toString();
    }

    /** The period as a reader should see it: "as of 2020 (date uncertain)", never a bare "2020?". */
    static String period(Figure f) {
        ReportingPeriod p = f.point().period();
        // a rate's "each year" is said by its label ("a year"), not twice
        PeriodKind kind = p.periodKind() == PeriodKind.RATE ? PeriodKind.SPAN : p.periodKind();
        return new ReportingPeriod(kind, p.date().withoutMarks()).toDisplay() + dateMarks(p.date());
    }

    /**
     * What a reader is told of a date besides its words: " (date uncertain)" where the source hedges it,
     * " (date inferred)" where the source gives none and it was worked out; nothing for a plain date.
     */
    static String dateMarks(FuzzyDate d) {
        if (d.approximate() && d.inferred()) {
            return lang(" (date uncertain, inferred)");
        }
        return d.approximate() ? " " + lang(DATE_UNCERTAIN) : d.inferred() ? " " + lang(DATE_INFERRED) : "";
    }

    /**
     * The label printed beside a figure: its hedge and value (">8,000", "≈2,143"), a range as published
     * ("300–800"), and "(date uncertain)" after a figure whose date is; null for an exact figure with a
     * sure date, which its mark says all about.
     */
    static String itemLabel(Figure f, Predicate<String> canDisplay) {
        Qualifier q = f.point().qualifier();
        String value;
        if (q == Qualifier.RANGE) {
            value = f.point().valueText();
        } else if (q == Qualifier.EXACT) {
            value = dateMarks(f.point().period().date()).isEmpty() ? null : number(f.low());
        } else {
            String symbol = symbol(q, canDisplay);
            value = symbol.length() == 1 ? symbol + number(f.low()) : symbol + " " + number(f.low());
        }
        if (value == null) {
            return null;
        }
        return value + dateMarks(f.point().period().date());
    }

    /**
     * What a bracket or band says about itself: "2,472 in total, 2008–2014", "300–800 a year,
     * 2008–2020", "700 per cent, 2012–2022" (a share or a change is not a total).
     */
    static String spanLabel(Figure f) {
        String how = f.isYearlyRateOverSpan() ? lang(" a year, ") : isShare(f.series()) ? " " + f.series().unit() + ", "
                : lang(" in total, ");
        return f.point().valueText() + how + period(f);
    }

    static boolean isShare(Series s) {
        String u = s.unit().toLowerCase(Locale.ROOT);
        return u.contains("per cent") || u.contains("percent") || u.contains("%") || u.contains("percentage");
    }

    /** A one-character mark for a hedge, or its words when the font cannot show the mark. */
    static String symbol(Qualifier q, Predicate<String> canDisplay) {
        String mark = switch (q) {
            case MORE_THAN -> ">";
            case AT_LEAST -> "≥";
            case APPROXIMATELY -> "≈";
            case NEARLY -> "≲";
            case AT_MOST -> "≤";
            case LESS_THAN -> "<";
            case EXACT, RANGE -> "";
        };
        return mark.isEmpty() || canDisplay.test(mark) ? mark : q.words();
    }

    static String number(double value) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.ENGLISH);
        nf.setMaximumFractionDigits(2);
        return nf.format(value);
    }
}
