package org.returnwatch.desktop.shell;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

import org.returnwatch.domain.RecordKind;

/** The places of the sidebar, each showing one kind of record. */
public enum Section {
    /** What is due and what changed lately; holds no one kind of record. */
    TODAY(key("Today"), null, "mdmz-today"),
    CASES(key("Cases"), RecordKind.CASE, "mdal-assignment_ind"),
    AGREEMENTS(key("Agreements"), RecordKind.AGREEMENT, "mdal-gavel"),
    STATISTICS(key("Statistics"), RecordKind.SERIES, "mdal-bar_chart"),
    SOURCES(key("Sources"), RecordKind.SOURCE, "mdal-library_books"),
    ACTORS(key("Actors"), RecordKind.ACTOR, "mdal-account_balance"),
    /** Pairs of cases or actors that may be one person; holds no one kind of record. */
    DUPLICATES(key("Possible duplicates"), null, "mdmz-people_outline"),
    /** Draws series; holds no one kind of record, so it has no kind and no count. */
    CHARTS(key("Charts"), null, "mdal-insert_chart");

    private final String label;
    private final RecordKind kind;
    private final String icon;

    Section(String label, RecordKind kind, String icon) {
        this.label = label;
        this.kind = kind;
        this.icon = icon;
    }

    public String label() {
        return lang(label);
    }

    public RecordKind kind() {
        return kind;
    }

    public String icon() {
        return icon;
    }

    /** Where a record of this kind is shown; incidents with their case, data points with their series. */
    public static Section of(RecordKind kind) {
        return switch (kind) {
            case CASE, INCIDENT -> CASES;
            case AGREEMENT -> AGREEMENTS;
            case SERIES, DATA_POINT -> STATISTICS;
            case SOURCE, CITATION -> SOURCES;
            case ACTOR, LINK -> ACTORS;
        };
    }
}
