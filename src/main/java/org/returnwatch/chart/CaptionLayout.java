package org.returnwatch.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Breaks caption paragraphs into lines that fit a width, at spaces, as a text column would. */
final class CaptionLayout {

    /** Line height as a multiple of the type size. */
    static final double LEADING = 1.3;
    /** Space before each paragraph after the first, as a multiple of the type size. */
    static final double PARAGRAPH_SPACE = 0.35;
    /** Space between the figure and its caption, in points at print size. */
    static final double TOP_SPACE = 4.0;
    /** Space under the caption, in points at print size. */
    static final double BOTTOM_SPACE = 6.0;
    /** Indent of the caption from the figure's edges, matching the chart's own padding. */
    static final double SIDE = 8.0;

    private CaptionLayout() {
    }

    /** Each paragraph's lines; a word wider than the line stands on a line of its own. */
    static List<List<String>> wrap(List<String> paragraphs, double width, ToDoubleFunction<String> measure) {
        List<List<String>> result = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                String tried = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && measure.applyAsDouble(tried) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(tried);
                }
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            result.add(lines);
        }
        return result;
    }

    /** The height the wrapped caption takes, spaces above and below included. */
    static double height(List<List<String>> wrapped, double size, double scale) {
        if (wrapped.isEmpty()) {
            return 0;
        }
        int lines = wrapped.stream().mapToInt(List::size).sum();
        return (TOP_SPACE + BOTTOM_SPACE) * scale + lines * size * LEADING
                + (wrapped.size() - 1) * size * PARAGRAPH_SPACE;
    }
}
