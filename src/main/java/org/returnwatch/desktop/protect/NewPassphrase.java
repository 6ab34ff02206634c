package org.returnwatch.desktop.protect;

import static org.returnwatch.i18n.Localization.lang;

import java.util.Arrays;

/** The current passphrase and the new one, as typed in File → Change passphrase; wiped once used. */
public record NewPassphrase(char[] current, char[] fresh) {

    /** What keeps the change from going ahead, in words; null when it can. Reads the characters where they are. */
    public static String problem(CharSequence current, CharSequence fresh, CharSequence repeated) {
        if (current.length() == 0) {
            return lang("Type the current passphrase.");
        }
        if (fresh.length() < MIN_LENGTH) {
            return lang("Use at least {0}"
                    + " characters for the new passphrase; a phrase of several words is best.", MIN_LENGTH);
        }
        if (fresh.length() > MAX_LENGTH) {
            return lang("The new passphrase is longer than {0} characters.", MAX_LENGTH);
        }
        if (!same(fresh, repeated)) {
            return lang("The two new passphrases differ. Type the same new passphrase twice.");
        }
        if (same(current, fresh)) {
            return lang("The new passphrase is the same as the current one.");
        }
        return null;
    }

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 1024;

    private static boolean same(CharSequence a, CharSequence b) {
        if (a.length() != b.length()) {
            return false;
        }
        boolean same = true;
        for (int i = 0; i < a.length(); i++) {
            same &= a.charAt(i) == b.charAt(i);
        }
        return same;
    }

    public void wipe() {
        Arrays.fill(current, '\0');
        Arrays.fill(fresh, '\0');
    }
}
