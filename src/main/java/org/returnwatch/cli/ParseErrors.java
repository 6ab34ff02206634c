package org.returnwatch.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.returnwatch.i18n.Language;
import picocli.CommandLine.ParameterException;

/**
 * picocli's own refusals of a command line ("Missing required parameter: 'KIND'", "Unknown option: '--bogus'",
 * "Invalid value for option '--format': …") in the run's language. picocli writes them in English only, in a
 * handful of fixed shapes (its {@code Interpreter}); each shape is read back and said again. The command
 * line's own refusals are already in the run's language and pass unchanged, as does a shape not known here.
 */
final class ParseErrors {
    private static final Pattern BOTH = Pattern.compile("Unknown options?: (.+?); (Expected parameter .+)");
    private static final Pattern MISSING = Pattern.compile(
            "Missing required (option|options|parameter|parameters|options and parameters): (.+)");
    private static final Pattern MISSING_FOR = Pattern.compile("Missing required parameter for (.+)");
    private static final Pattern EXPECTED = Pattern.compile("Expected parameter for (.+) but found '(.*)'");
    private static final Pattern UNKNOWN = Pattern.compile("Unknown (option|options): (.+)");
    private static final Pattern UNMATCHED = Pattern.compile(
            "Unmatched (argument at|arguments from) index (\\d+): (.+)");
    private static final Pattern INVALID = Pattern.compile("Invalid value for (option '[^']+'(?: at index \\d+)?"
            + "(?: \\([^)]*\\))?|positional parameter at index \\d+ \\([^)]*\\)): (.+)");
    private static final Pattern ONE_OF = Pattern.compile("expected one of (\\[.*]) \\(case-(?:in)?sensitive\\) "
            + "but was '(.*)'");
    private static final Pattern CONVERT = Pattern.compile("cannot convert '(.*)' to (\\S+) \\((.*)\\)");
    private static final Pattern ONCE = Pattern.compile(
            "(option '[^']+'(?: \\([^)]*\\))?) should be specified only once");
    private static final Pattern SUBCOMMAND = Pattern.compile("Unknown subcommand '(.*)'\\.");
    private static final Pattern OPTION = Pattern.compile("option '([^']+)'(?: at index \\d+)?(?: \\(([^)]*)\\))?");
    private static final Pattern POSITIONAL = Pattern.compile("positional parameter at index \\d+ \\(([^)]*)\\)");

    private ParseErrors() {
    }

    /** What {@code e} says, in {@code words}' language; English stays as picocli wrote it. */
    static String say(ParameterException e, Words words) {
        String text = String.valueOf(e.getMessage());
        return words.language() == Language.ENGLISH ? text : say(text, words);
    }

    static String say(String text, Words w) {
        Matcher m;
        if ((m = BOTH.matcher(text)).matches()) {
            return w.msg("Unknown option: {0}; {1}", m.group(1), say(m.group(2), w));
        }
        if ((m = MISSING.matcher(text)).matches()) {
            return switch (m.group(1)) {
                case "option" -> w.msg("Missing required option: {0}", m.group(2));
                case "options" -> w.msg("Missing required options: {0}", m.group(2));
                case "parameter" -> w.msg("Missing required parameter: {0}", m.group(2));
                case "parameters" -> w.msg("Missing required parameters: {0}", m.group(2));
                default -> w.msg("Missing required options and parameters: {0}", m.group(2));
            };
        }
        if ((m = MISSING_FOR.matcher(text)).matches()) {
            return w.msg("Missing required parameter for {0}", argument(m.group(1), w));
        }
        if ((m = EXPECTED.matcher(text)).matches()) {
            return w.msg("Expected parameter for {0} but found '{1}'", argument(m.group(1), w), m.group(2));
        }
        if ((m = UNKNOWN.matcher(text)).matches()) {
            return "option".equals(m.group(1)) ? w.msg("Unknown option: {0}", m.group(2))
                    : w.msg("Unknown options: {0}", m.group(2));
        }
        if ((m = UNMATCHED.matcher(text)).matches()) {
            return "argument at".equals(m.group(1)) ? w.msg("Unmatched argument at index {0}: {1}", m.group(2),
                    m.group(3)) : w.msg("Unmatched arguments from index {0}: {1}", m.group(2), m.group(3));
        }
        if ((m = INVALID.matcher(text)).matches()) {
            return w.msg("Invalid value for {0}: {1}", argument(m.group(1), w), detail(m.group(2), w));
        }
        if ((m = ONCE.matcher(text)).matches()) {
            return w.msg("{0} should be specified only once", argument(m.group(1), w));
        }
        if ((m = SUBCOMMAND.matcher(text)).matches()) {
            return w.msg("Unknown command '{0}'.", m.group(1));
        }
        if ("Missing required subcommand".equals(text)) {
            return w.msg("Missing required command");
        }
        return text;
    }

    /** "option '--format' (FORMAT)", "positional parameter at index 0 (KIND)": what the user typed, named. */
    private static String argument(String description, Words w) {
        Matcher m;
        if ((m = OPTION.matcher(description)).matches()) {
            return m.group(2) == null ? w.msg("option {0}", m.group(1)) : w.msg("option {0} ({1})", m.group(1),
                    m.group(2));
        }
        if ((m = POSITIONAL.matcher(description)).matches()) {
            return w.msg("parameter {0}", m.group(1));
        }
        return description;
    }

    /** picocli's own reasons a value was refused; a converter of the command line's speaks for itself. */
    private static String detail(String detail, Words w) {
        Matcher m;
        if ((m = ONE_OF.matcher(detail)).matches()) {
            return w.msg("expected one of {0} but was '{1}'", m.group(1), m.group(2));
        }
        if ((m = CONVERT.matcher(detail)).matches()) {
            return w.msg("cannot convert '{0}' to {1} ({2})", m.group(1), m.group(2), m.group(3));
        }
        return detail;
    }
}
