package org.returnwatch.i18n;

import static org.returnwatch.i18n.Localization.lang;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
        if (!d.isKnown()) {
            return lang("date unknown");
        }
        String base = switch (d.precision()) {
            case DAY -> format(d.start(), lang("d MMMM uuuu"));
            case MONTH -> format(d.start(), lang("MMMM uuuu"));
            case YEAR -> format(d.start(), lang("uuuu"));
            case SEASON -> season(d);
            case PART_OF_YEAR -> part(PartOfYear.of(d.start()), d.start().getYear());
            // a span keeps its numeric form ("2014–2017"), read alike in every language
            default -> d.withoutMarks().withBound(DateBound.EXACT).toDisplay();
        };
        String limited = switch (d.bound()) {
            case BY -> lang("by {0}", base);
            case SINCE -> lang("since {0}", base);
            default -> base;
        };
        String hedged = d.approximate() ? limited + "?" : limited;
        return d.inferred() ? lang("{0} (inferred)", hedged) : hedged;
    }

    private static String season(FuzzyDate d) {
        int year = d.seasonYear();
        return switch (d.season()) {
            case SPRING -> lang("spring {0}", year);
            case SUMMER -> lang("summer {0}", year);
            case AUTUMN -> lang("autumn {0}", year);
            case WINTER -> lang("winter {0}", year);
        };
    }

    private static String part(PartOfYear p, int year) {
        return switch (p) {
            case EARLY -> lang("early {0}", year);
            case MID -> lang("mid {0}", year);
            case LATE -> lang("late {0}", year);
        };
    }

    private static String format(LocalDate day, String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Localization.locale()).format(day);
    }
}
