package org.returnwatch.chart;

/**
 * Every kind of mark a chart draws. Renderers, the legend and the notes all take a figure's mark from
 * {@link #of}, so the legend shows exactly the marks the plot uses and the notes explain them.
 */
enum Mark {
    /** An exact yearly figure, as a bar in its series' colour. */
    BAR,
    /** A hedged figure ("more than", "about" …), as a hatched bar. */
    HATCHED_BAR,
    /** An exact figure on a line, as its series' filled marker. */
    POINT,
    /** A hedged figure on a line, as its series' marker hollow. */
    HOLLOW_POINT,
    /** The line joining consecutive figures of one source. */
    LINE,
    /** A published range for a year or a date, as a bar from low to high with caps. */
    ERROR_BAR,
    /** One figure for a whole span of years, as a bracket across the span. */
    BRACKET,
    /** A hedged figure for a span, as a dashed bracket. */
    DASHED_BRACKET,
    /** A published range for a span, as a band from low to high across the span. */
    BAND,
    /** Years with no figure published, as a hatched grey band. */
    GAP,
    /** A dated change in an agreement's status, as a dashed vertical line. */
    MILESTONE,
    /** A change whose date is uncertain, as a dotted vertical line. */
    UNCERTAIN_MILESTONE;

    static Mark of(Figure f, boolean asBar) {
        if (f.isSpanTotal()) {
            return f.isRange() ? BAND : f.isHedged() ? DASHED_BRACKET : BRACKET;
        }
        if (f.isRange()) {
            return ERROR_BAR;
        }
        if (asBar) {
            return f.isHedged() ? HATCHED_BAR : BAR;
        }
        return f.isHedged() ? HOLLOW_POINT : POINT;
    }
}
