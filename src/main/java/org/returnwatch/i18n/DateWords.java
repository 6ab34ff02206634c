package org.returnwatch.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.returnwatch.domain.DateBound;
import org.returnwatch.domain.FuzzyDate;
import org.returnwatch.domain.PartOfYear;

/**
 * A date as a reader sees it, in the language chosen: "3 May 2016", "early 2017", "by late 2021",
 * "2016?", "2020 (inferred)" in English, "2016年5月3日", "2017年初", "2021年末之前" in Chinese. The record
 * keeps its own text form ({@link FuzzyDate#toText}); in English this is {@link FuzzyDate#toDisplay}.
 */
public final class DateWords {
    private DateWords() {
    }

    public static String show(FuzzyDate d) {
        return show(d, Localization.wording());
    }

    /** The date in {@code w}'s language, whatever the window speaks (a dossier, a command's output). */
    public static String show(FuzzyDate d, Wording w) {
        if (!d.isKnown()) {
            return w.lang("date unknown");
        }
        String base = switch (d.precision()) {
            case DAY -> format(d.start(), w.lang("d MMMM uuuu"), w);
            case MONTH -> format(d.start(), w.lang("MMMM uuuu"), w);
            case YEAR -> format(d.start(), w.lang("uuuu"), w);
            case SEASON -> season(d, w);
            case PART_OF_YEAR -> part(PartOfYear.of(d.start()), d.start().getYear(), w);
            default -> span(d, w);
        };
        String limited = switch (d.bound()) {
            case BY -> w.lang("by {0}", base);
            case SINCE -> w.lang("since {0}", base);
            default -> base;
        };
        String hedged = d.approximate() ? limited + "?" : limited;
        return d.inferred() ? w.lang("{0} (inferred)", hedged) : hedged;
    }

    /**
     * English keeps a span's numeric form ("2014–early 2017", "2016-05–2017-03"), as the records write it;
     * another language says each end in its own words ("2014年至2017年初").
     */
    private static String span(FuzzyDate d, Wording w) {
        if (w.language() == Language.ENGLISH) {
            return d.withoutMarks().withBound(DateBound.EXACT).toDisplay();
        }
        List<FuzzyDate> ends = d.spanEnds();
        return w.lang("{0}–{1}", show(ends.get(0), w), show(ends.get(1), w));
    }

    private static String season(FuzzyDate d, Wording w) {
        int year = d.seasonYear();
        return switch (d.season()) {
            case SPRING -> w.lang("spring {0}", year);
            case SUMMER -> w.lang("summer {0}", year);
            case AUTUMN -> w.lang("autumn {0}", year);
            case WINTER -> w.lang("winter {0}", year);
        };
    }

    private static String part(PartOfYear p, int year, Wording w) {
        return switch (p) {
            case EARLY -> w.lang("early {0}", year);
            case MID -> w.lang("mid {0}", year);
            case LATE -> w.lang("late {0}", year);
        };
    }

    private static String format(LocalDate day, String pattern, Wording w) {
        return DateTimeFormatter.ofPattern(pattern, w.language().locale()).format(day);
    }
}
