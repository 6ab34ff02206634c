package org.returnwatch.domain;

/** The kind of document a fact comes from. */
public enum SourceKind implements Labelled {
    NEWS,
    NGO_REPORT,
    GOVERNMENT_DOCUMENT,
    COURT_RECORD,
    STATE_MEDIA,
    ACADEMIC,
    OTHER;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
