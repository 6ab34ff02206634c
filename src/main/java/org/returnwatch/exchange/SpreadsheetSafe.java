package org.returnwatch.exchange;

/**
 * Makes a text safe to open in a spreadsheet: a cell that starts with = + - @, a tab or a carriage
 * return would run as a formula, so it is prefixed with an apostrophe, which spreadsheets hide.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return risky(value.charAt(0)) ? "'" + value : value;
    }

    /**
     * Like {@link #cell} but reversible by {@link #restore}, for files that are read back: a text that
     * itself starts with an apostrophe gets one more, so every leading apostrophe removed on reading
     * is one this method added.
     */
    public static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return risky(first) || first == '\'' ? "'" + value : value;
    }

    /** Undoes {@link #escape}. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }

    private static boolean risky(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
