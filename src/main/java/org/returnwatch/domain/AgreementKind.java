package org.returnwatch.domain;

/** The kind of arrangement between states or agencies. */
public enum AgreementKind implements Labelled {
    EXTRADITION_TREATY,
    READMISSION_ARRANGEMENT,
    LAW_ENFORCEMENT_MOU,
    JUDICIAL_ASSISTANCE_TREATY,
    PROTOCOL,
    DIALOGUE,
    OTHER;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
