package org.returnwatch.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.returnwatch.domain.Qualifier;
import org.returnwatch.domain.Source;

/** The words a chart prints about a figure: tooltips, short labels and the hedge symbols. */
final class FigureText {

    static final String NO_SOURCE = "source not recorded";

    private FigureText() {
    }

    /** Series, period, the value with its hedge, and where it was published. */
    static String toolTip(Figure f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.series().name()).append(" — ").append(f.point().period().toDisplay()).append(": ")
                .append(f.point().valueText()).append(' ').append(f.series().unit());
        if (f.isYearlyRateOverSpan()) {
            sb.append(" each year throughout the period (a yearly rate, not a total)");
        } else if (f.isSpanTotal()) {
            sb.append(" in total over the whole period (not a yearly value)");
        }
        if (f.point().claimedBy() != null) {
            sb.append(", claimed by ").append(f.point().claimedBy());
        }
        sb.append(" — Source: ").append(citations(f.sources()));
        return sb.toString();
    }

    static String citations(List<Source> sources) {
        if (sources.isEmpty()) {
            return NO_SOURCE;
        }
        return sources.stream().map(Source::shortCitation).distinct().collect(Collectors.joining("; "));
    }

    /**
     * The label printed beside a hedged figure (">8,000", "300–800"); null for an exact figure, which
     * needs no mark. Symbols the font lacks are spelled out.
     */
    static String itemLabel(Figure f, Predicate<String> canDisplay) {
        Qualifier q = f.point().qualifier();
        if (q == Qualifier.EXACT) {
            return null;
        }
        if (q == Qualifier.RANGE) {
            return f.point().valueText();
        }
        String symbol = symbol(q, canDisplay);
        String number = number(f.low());
        return symbol.length() == 1 ? symbol + number : symbol + " " + number;
    }

    /** "2,472 in total, 2008–2014", or "300–800 a year, 2008–2020": what a span bracket says about itself. */
    static String spanLabel(Figure f) {
        String how = f.isYearlyRateOverSpan() ? " a year, " : " in total, ";
        return f.point().valueText() + how + f.point().period().toDisplay();
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
