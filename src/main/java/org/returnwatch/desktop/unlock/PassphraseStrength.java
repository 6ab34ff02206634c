package org.returnwatch.desktop.unlock;

import static org.returnwatch.i18n.Localization.key;
import static org.returnwatch.i18n.Localization.lang;

/**
 * A rough guess at how hard a passphrase is to guess, for the hint under the field. Reads the
 * characters where they are, without copying them into a String.
 */
public enum PassphraseStrength {
    EMPTY(""),
    WEAK(key("weak: easy to guess; use a longer phrase of several words")),
    FAIR(key("fair: add a word or two")),
    GOOD(key("good")),
    STRONG(key("strong"));

    private final String hint;

    PassphraseStrength(String hint) {
        this.hint = hint;
    }

    public String hint() {
        return lang(hint);
    }

    /** Length times the bits of the character classes used, with repeated characters counted once each. */
    public static PassphraseStrength of(CharSequence p) {
        if (p == null || p.length() == 0) {
            return EMPTY;
        }
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        java.util.BitSet seen = new java.util.BitSet();
        int distinct = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!seen.get(c)) {
                seen.set(c);
                distinct++;
            }
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
        // "aaaaaaaaaaaa" is not twelve characters' worth of secret
        int effective = Math.min(p.length(), distinct * 2);
        double bits = effective * (Math.log(pool) / Math.log(2));
        if (bits < 40) {
            return WEAK;
        }
        if (bits < 60) {
            return FAIR;
        }
        return bits < 80 ? GOOD : STRONG;
    }
}
