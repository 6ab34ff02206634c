package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The delimiters a spreadsheet program writes, and which of them a file uses. */
public final class Delimiters {
    public static final List<Character> ALL = List.of(',', ';', '\t', '|');

    private Delimiters() {
    }

    public static String label(char d) {
        return switch (d) {
            case ',' -> lang("comma  ,");
            case ';' -> lang("semicolon  ;");
            case '\t' -> "tab";
            case '|' -> lang("bar  |");
            default -> String.valueOf(d);
        };
    }

    /** The most frequent of them in the first line; a comma when none occurs. */
    static char guess(Path csv, Charset encoding) throws IOException {
        String first;
        // a lenient reader: a wrong encoding is the preview's problem to report, not the guess's
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(csv), encoding))) {
            first = Objects.requireNonNullElse(in.readLine(), "");
        }
        char best = ',';
        long most = 0;
        for (char c : ALL) {
            long n = first.chars().filter(ch -> ch == c).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        return best;
    }
}
