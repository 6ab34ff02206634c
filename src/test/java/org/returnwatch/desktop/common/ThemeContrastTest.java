package org.returnwatch.desktop.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG AA for the window's text: every text colour the theme and our stylesheet use, on every background
 * they put text on, has a contrast ratio of at least 4.5:1. The colours are read from the stylesheets
 * themselves (the theme's named colours, as our {@code .root} overrides them).
 */
class ThemeContrastTest {
    private static final double AA_TEXT = 4.5;
    private static final Pattern VARIABLE = Pattern.compile("(-[\\w-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");

    /** The theme's text colours that controls draw with (labels, hints, links, prompt text, messages). */
    private static final List<String> THEME_TEXT = List.of("-color-fg-default", "-color-fg-muted",
            "-color-fg-subtle", "-color-accent-fg", "-color-danger-fg", "-color-warning-fg", "-color-success-fg");
    /** What the theme lays text on: a window, a striped or a header row, a row selected in an unfocused list. */
    private static final List<String> THEME_BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle",
            "-color-accent-subtle");

    @Test
    void everyTextColourMeetsAaOnEveryBackgroundItIsShownOn() throws IOException {
        String theme = read("/atlantafx/base/theme/primer-light.css");
        String own = read("/css/returnwatch.css");
        Map<String, String> colours = new LinkedHashMap<>();
        colours.putAll(rootVariables(theme));
        colours.putAll(rootVariables(own));

        Set<String> texts = new LinkedHashSet<>(THEME_TEXT);
        Set<String> backgrounds = new LinkedHashSet<>(THEME_BACKGROUNDS);
        Matcher rules = RULE.matcher(withoutComments(own));
        while (rules.find()) {
            Map<String, String> props = declarations(rules.group(2));
            if (props.containsKey("-fx-text-fill")) {
                texts.add(props.get("-fx-text-fill"));
            }
            String bg = props.get("-fx-background-color");
            if (bg != null && !bg.contains(",") && !bg.equals("transparent")) {
                backgrounds.add(bg);
            }
        }
        assertThat(texts).as("text colours found").hasSizeGreaterThanOrEqualTo(THEME_TEXT.size());

        List<String> failing = new ArrayList<>();
        for (String text : texts) {
            for (String bg : backgrounds) {
                double ratio = contrast(resolve(text, colours), resolve(bg, colours));
                if (ratio < AA_TEXT) {
                    failing.add(String.format("%s on %s: %.2f", text, bg, ratio));
                }
            }
        }
        double onAccent = contrast(resolve("-color-fg-emphasis", colours), resolve("-color-accent-emphasis", colours));
        if (onAccent < AA_TEXT) {
            failing.add(String.format("-color-fg-emphasis on -color-accent-emphasis: %.2f", onAccent));
        }
        assertThat(failing).as("text below WCAG AA (4.5:1)").isEmpty();
    }

    @Test
    void theRatioIsWcags() {
        assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#ffffff", "#ffffff")).isEqualTo(1.0);
    }

    /** The named colours of a stylesheet's first {@code .root} rule. */
    private static Map<String, String> rootVariables(String css) {
        Matcher rules = RULE.matcher(withoutComments(css));
        while (rules.find()) {
            if (rules.group(1).trim().equals(".root")) {
                return declarations(rules.group(2));
            }
        }
        throw new AssertionError("no .root rule");
    }

    private static Map<String, String> declarations(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(body);
        while (m.find()) {
            out.put(m.group(1), m.group(2).trim());
        }
        return out;
    }

    private static String resolve(String value, Map<String, String> colours) {
        String v = value;
        for (int i = 0; i < 10 && colours.containsKey(v); i++) {
            v = colours.get(v);
        }
        assertThat(v).as("a colour for " + value).matches("#[0-9a-fA-F]{6}");
        return v;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String withoutComments(String css) {
        return css.replaceAll("(?s)/\\*.*?\\*/", "");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
