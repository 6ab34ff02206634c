package org.returnwatch.desktop.links;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import java.util.function.Predicate;
import org.returnwatch.app.CitationRow;
import org.returnwatch.domain.InformationGrade;
import org.returnwatch.domain.SourceGrade;
import org.returnwatch.domain.Stance;

/** Which of a record's citations its screen lists: all, or only some by grade or by what they say. */
public enum CitationFilter {
    ALL(key("All citations"), c -> true),
    RELIABLE_SOURCES(key("Reliable sources (graded A or B)"), c -> c.grade() != null
            && c.grade().reliability().compareTo(SourceGrade.B) <= 0),
    CREDIBLE_INFORMATION(key("Confirmed or probably true (graded 1 or 2)"), c -> c.grade() != null
            && c.grade().credibility().compareTo(InformationGrade.PROBABLY_TRUE) <= 0),
    UNGRADED(key("Not graded yet"), c -> c.grade() == null),
    COUNTER_CLAIMS(key("Denials and counter-claims"), c -> c.stance() != null && c.stance() != Stance.SUPPORTS);

    private final String label;
    private final Predicate<CitationRow> test;

    CitationFilter(String label, Predicate<CitationRow> test) {
        this.label = label;
        this.test = test;
    }

    public String label() {
        return lang(label);
    }

    public Predicate<CitationRow> test() {
        return test;
    }
}
