package org.returnwatch.domain;

/** How credible a piece of information is, as investigators grade it (the Admiralty code, 1–6). */
public enum InformationGrade implements Labelled {
    CONFIRMED(1, "confirmed by other sources"),
    PROBABLY_TRUE(2, "probably true"),
    POSSIBLY_TRUE(3, "possibly true"),
    DOUBTFUL(4, "doubtful"),
    IMPROBABLE(5, "improbable"),
    CANNOT_BE_JUDGED(6, "truth cannot be judged");

    private final int digit;
    private final String label;

    InformationGrade(int digit, String label) {
        this.digit = digit;
        this.label = label;
    }

    public int digit() {
        return digit;
    }

    @Override
    public String label() {
        return label;
    }

    public static InformationGrade ofDigit(int digit) {
        for (InformationGrade g : values()) {
            if (g.digit == digit) {
                return g;
            }
        }
        throw new IllegalArgumentException("information is graded 1 to 6, not " + digit);
    }
}
