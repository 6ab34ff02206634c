package org.returnwatch.domain;

/** The typed relations between two records; each reads "from … to". */
public enum LinkRelation implements Labelled {
    RELATED_TO("related to", "related to"),
    PURSUED_UNDER("pursued under", "used to pursue"),
    USED_TO_PERSUADE("used to persuade", "persuaded by"),
    RELATIVE_OF("relative of", "relative of"),
    SAME_OPERATION("same operation as", "same operation as"),
    CO_DEFENDANT_OF("co-defendant of", "co-defendant of"),
    TARGETED_BY("targeted by", "targeted"),
    INVOLVES("involves", "involved in"),
    PARTY_TO("party to", "has party"),
    MEASURES("measures the effect of", "measured by"),
    CONTEXT_FOR("context for", "has context"),
    SUPERSEDES("supersedes", "superseded by"),
    RESPONSE_TO("response to", "answered by"),
    /** A figure that counts some of another's people (332 of 6,597). */
    PART_OF("part of", "includes"),
    /** Figures that cannot both hold (2,472 + 2,894 against 6,597), shown wherever either is. */
    CONFLICTS_WITH("conflicts with", "conflicts with");

    private final String forward;
    private final String inverse;

    LinkRelation(String forward, String inverse) {
        this.forward = forward;
        this.inverse = inverse;
    }

    @Override
    public String label() {
        return forward;
    }

    /** How the relation reads from the other end. */
    public String inverseLabel() {
        return inverse;
    }
}
