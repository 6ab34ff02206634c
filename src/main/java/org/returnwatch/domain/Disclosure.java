package org.returnwatch.domain;

/** Whether an agreement's text is public. */
public enum Disclosure implements Labelled {
    PUBLISHED,
    SECRET,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
