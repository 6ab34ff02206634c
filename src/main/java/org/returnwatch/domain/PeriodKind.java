package org.returnwatch.domain;

/**
 * What a data point's period is: one year (a flow in it); a span reported as one total; a span through
 * which a yearly rate held ("300–800 a year, 2008–2014": each year, not in all); a stock "as of" a date.
 */
public enum PeriodKind implements Labelled {
    YEAR,
    SPAN,
    RATE,
    AS_OF;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
