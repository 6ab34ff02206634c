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
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
