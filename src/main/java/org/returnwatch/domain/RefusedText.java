package org.returnwatch.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text the domain cannot read (a malformed reference code), refused in words a reader can be told in
 * their own language: an English key and what goes in its placeholders. The domain knows no language;
 * the window and the command line say the key in theirs (see i18n's {@code Wording.message}).
 */
public final class RefusedText extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    private RefusedText(String key, Object... args) {
        super(new MessageFormat(key.replace("'", "''"), Locale.ENGLISH).format(
                Arrays.stream(args).map(String::valueOf).toArray()));
        this.key = key;
        this.args = List.copyOf(Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The refusal: {@code key} is English words with placeholders, looked up in the bundles like lang keys. */
    public static RefusedText phrase(String key, Object... args) {
        return new RefusedText(key, args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
