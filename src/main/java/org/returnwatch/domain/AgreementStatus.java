package org.returnwatch.domain;

/** A step in an agreement's life. */
public enum AgreementStatus implements Labelled {
    PROPOSED,
    NEGOTIATING,
    SIGNED,
    IN_FORCE,
    SUSPENDED,
    ABANDONED,
    EXPIRED,
    NOT_RATIFIED,
    /** Broken by one party (the 2016 Vancouver visit protocol). */
    BREACHED,
    /** Signed but never put into effect (the MPS–ICE memorandum). */
    SIGNED_NOT_IMPLEMENTED;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
