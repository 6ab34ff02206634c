package org.returnwatch.domain;

/**
 * Who an act of pressure was aimed at: the person targeted, or someone through whom they are reached.
 * A sister's lawyer is not "family pressure"; this says who it was.
 */
public enum PressuredParty implements Labelled {
    TARGET("the target"),
    RELATIVE("a relative"),
    BUSINESS_PARTNER("a business partner"),
    LAWYER("a lawyer"),
    EMPLOYER_OR_COLLEAGUE("an employer or colleague"),
    FRIEND_OR_ACQUAINTANCE("a friend or acquaintance"),
    OTHER("someone else");

    private final String label;

    PressuredParty(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
