package org.returnwatch.domain;

/** Why a person is targeted, in the words of the campaign or of the case. */
public enum TargetCategory implements Labelled {
    ECONOMIC_FUGITIVE,
    CORRUPTION_SUSPECT,
    POLITICAL_DISSIDENT,
    ETHNIC_OR_RELIGIOUS_MINORITY,
    IRREGULAR_MIGRANT,
    DETAINED_FOREIGN_NATIONAL,
    EXTRADITION_SUBJECT,
    RELATIVE_OF_TARGET,
    OTHER,
    UNKNOWN;

    /** Lower-case words for people to read: IN_FORCE → "in force". */
    @Override
    public String label() {
        return EnumWords.of(this);
    }
}
