package org.returnwatch.domain;

/** What sort of party an actor is. */
public enum ActorKind implements Labelled {
    AGENCY,
    OFFICIAL,
    ORGANISATION,
    PERSON,
    RELATIVE,
    GOVERNMENT,
    COURT,
    COMPANY;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
