package org.returnwatch.chart;

import static org.returnwatch.i18n.Localization.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.returnwatch.domain.Measure;
import org.returnwatch.domain.Series;

/**
 * Sorts the requested series into groups that can share a scale: the same unit, the same measure (a
 * yearly count is not a running total even when both count people), and sizes within
 * {@link #SIZE_RATIO} of each other. Then resolves the layout: one group shares one axis, two may
 * take a second axis, and AUTO gives each group a panel of its own.
 */
final class SeriesGroups {

    /** Beyond this ratio of largest values the smaller series is squashed flat against the axis. */
    static final double SIZE_RATIO = 4.0;
    /** More panels than this leave each too low to read on a report page. */
    static final int MAX_PANELS = 4;

    /** Series that share a scale, by their index in the request. */
    record Group(String unit, Measure measure, List<Integer> members) {
    }

    private SeriesGroups() {
    }

    /**
     * @param largest each series' largest plotted value (0 when it has none in the chosen years)
     */
    static List<Group> of(List<Series> series, List<Double> largest) {
        Map<String, List<Integer>> byKind = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            byKind.computeIfAbsent(s.unit() + "\u0000" + s.measure(), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> same : byKind.values()) {
            List<Integer> bySize = new ArrayList<>(same);
            bySize.sort(Comparator.comparingDouble((Integer i) -> largest.get(i)).reversed());
            List<Integer> current = new ArrayList<>();
            double top = 0;
            for (int i : bySize) {
                double v = largest.get(i);
                if (!current.isEmpty() && v > 0 && top / v > SIZE_RATIO) {
                    groups.add(group(series, current));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    top = v;
                }
                current.add(i);
            }
            groups.add(group(series, current));
        }
        groups.sort(Comparator.comparingInt(g -> g.members().get(0)));
        return groups;
    }

    private static Group group(List<Series> series, List<Integer> members) {
        List<Integer> ordered = members.stream().sorted().toList();
        Series first = series.get(ordered.get(0));
        return new Group(first.unit(), first.measure(), ordered);
    }

    /**
     * The layout actually drawn, and the groups' places in it: a list of panels, each a list of axes,
     * each a list of series indices.
     *
     * @throws IllegalArgumentException when the chosen layout cannot hold these series, saying why
     */
    static List<List<List<Integer>>> arrange(ChartLayout layout, List<Group> groups, List<Series> series) {
        ChartLayout resolved = resolve(layout, groups);
        List<List<List<Integer>>> panels = new ArrayList<>();
        switch (resolved) {
            case ONE_AXIS -> {
                List<String> units = series.stream().map(Series::unit).distinct().toList();
                if (units.size() > 1) {
                    throw new IllegalArgumentException(lang("cannot draw series in different units ("
                            + "{0}"
                            + ") against one axis; use the second-axis or small-multiples layout", String.join(", ",
                            units)));
                }
                List<Integer> all = new ArrayList<>();
                groups.forEach(g -> all.addAll(g.members()));
                panels.add(List.of(all.stream().sorted().toList()));
            }
            case SECOND_AXIS -> {
                if (groups.size() > 2) {
                    throw new IllegalArgumentException(lang("these series fall into {0}"
                            + " groups by unit, measure and size ({1}"
                            + "); two axes hold only two: use the small-multiples layout", groups.size(),
                            describe(groups, series)));
                }
                List<List<Integer>> axes = new ArrayList<>();
                groups.forEach(g -> axes.add(g.members()));
                panels.add(axes);
            }
            default -> {
                // asked for, small multiples give every series its panel; chosen by AUTO, every group
                List<List<Integer>> members = new ArrayList<>();
                if (layout == ChartLayout.SMALL_MULTIPLES) {
                    for (int i = 0; i < series.size(); i++) {
                        members.add(List.of(i));
                    }
                } else {
                    groups.forEach(g -> members.add(g.members()));
                }
                if (members.size() > MAX_PANELS) {
                    throw new IllegalArgumentException(lang("these series need {0}"
                            + " panels ({1}); a chart holds at most {2}"
                            + ": chart fewer series at once", members.size(), describe(groups, series), MAX_PANELS));
                }
                members.forEach(m -> panels.add(List.of(m)));
            }
        }
        return panels;
    }

    static ChartLayout resolve(ChartLayout layout, List<Group> groups) {
        if (layout == ChartLayout.AUTO) {
            return groups.size() == 1 ? ChartLayout.ONE_AXIS : ChartLayout.SMALL_MULTIPLES;
        }
        if (groups.size() == 1 && layout == ChartLayout.SECOND_AXIS) {
            // nothing to separate: one group of comparable series needs one axis
            return ChartLayout.ONE_AXIS;
        }
        return layout;
    }

    private static String describe(List<Group> groups, List<Series> series) {
        List<String> parts = new ArrayList<>();
        for (Group g : groups) {
            parts.add(lang("{0} in {1}", g.members().stream().map(i -> series.get(i).ref() == null
                    ? series.get(i).name()
                    : series.get(i).ref().toString()).reduce((a, b) -> a + ", " + b).orElse(""), g.unit()));
        }
        return String.join("; ", parts);
    }
}
