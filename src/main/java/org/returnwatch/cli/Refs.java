package org.returnwatch.cli;

import org.returnwatch.domain.ItemRef;
import org.returnwatch.domain.Reference;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reference codes typed on the command line; a malformed one is a usage error. */
final class Refs {
    private Refs() {
    }

    static Reference record(CommandSpec spec, String text) {
        try {
            return Reference.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), words(spec).message(e));
        }
    }

    static ItemRef item(CommandSpec spec, String text, String prefix) {
        try {
            return ItemRef.parse(text, prefix);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), words(spec).message(e));
        }
    }

    private static Words words(CommandSpec spec) {
        return ((RootCommand) spec.root().userObject()).words();
    }

    static boolean isItem(String text, String prefix) {
        try {
            ItemRef.parse(text, prefix);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
