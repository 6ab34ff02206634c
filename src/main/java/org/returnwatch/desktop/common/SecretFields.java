package org.returnwatch.desktop.common;

import javafx.scene.control.PasswordField;

/**
 * Taking a passphrase out of a {@link PasswordField} and leaving as little of it behind as JavaFX
 * allows. The field keeps its characters in a growable buffer that {@code clear()} only marks empty;
 * typing the same number of other characters over them first overwrites the buffer itself. What
 * JavaFX copies elsewhere (the text property's String, once anything reads it) cannot be wiped and
 * is left to the garbage collector.
 */
public final class SecretFields {
    private SecretFields() {
    }

    /** The field's characters, copied out without making a String of them. */
    public static char[] take(PasswordField field) {
        CharSequence s = field.getCharacters();
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.charAt(i);
        }
        return out;
    }

    /**
     * Overwrites the field's buffer with as many blanks as it holds characters, then empties it. The
     * blank is a space: a text field drops control characters such as {@code \0} from what is typed
     * into it, so they would overwrite nothing.
     */
    public static void wipe(PasswordField... fields) {
        for (PasswordField f : fields) {
            int n = f.getLength();
            if (n > 0) {
                f.replaceText(0, n, " ".repeat(n));
            }
            f.clear();
        }
    }
}
