package org.returnwatch.domain;

/**
 * What a cited source says of the record: it supports it, or someone it quotes denies it or claims
 * otherwise (an agency denying it helped with a removal). Denials are kept beside what they deny.
 */
public enum Stance implements Labelled {
    SUPPORTS("supports"),
    DENIES("denies"),
    CLAIMS_OTHERWISE("claims otherwise");

    private final String label;

    Stance(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
