package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The text printed under a chart rather than inside it: the notes explaining the conventions it uses,
 * and the source line. In print it is a caption below the figure (in a PDF, a text block of its own),
 * so that the plot keeps the height of the figure.
 *
 * @param notes      sentences, each ending with a full stop
 * @param sourceLine "Sources: …", naming who each figure comes from and where it was published
 */
public record ChartCaption(List<String> notes, String sourceLine) {

    public ChartCaption {
        notes = List.copyOf(notes);
    }

    /** The caption as printed: the notes as one paragraph, then the source line. */
    public List<String> paragraphs() {
        List<String> result = new ArrayList<>();
        if (!notes.isEmpty()) {
            result.add(lang("Notes: {0}", String.join(" ", notes)));
        }
        result.add(sourceLine);
        return result;
    }

    /** The same caption with one more note at the end of the notes. */
    ChartCaption withNote(String note) {
        List<String> more = new ArrayList<>(notes);
        more.add(note);
        return new ChartCaption(more, sourceLine);
    }

    /** All of it as plain text, one paragraph a line. */
    public String text() {
        return String.join("\n", paragraphs());
    }
}
