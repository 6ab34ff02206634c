package org.returnwatch.desktop;

import java.util.EnumMap;
import java.util.Map;
import org.returnwatch.desktop.casefile.TodayScreen;
import org.returnwatch.desktop.cases.CasesScreen;
import org.returnwatch.desktop.chartscreen.ChartsViewModel;
import org.returnwatch.desktop.duplicates.DuplicatesScreen;
import org.returnwatch.desktop.records.RecordScreenViewModel;
import org.returnwatch.desktop.shell.Screen;
import org.returnwatch.desktop.shell.Section;

/** One window's screens, made at start and anew on every lock. */
public record Screens(CasesScreen cases, Map<Section, RecordScreenViewModel<?>> records, ChartsViewModel charts,
                      DuplicatesScreen duplicates, TodayScreen today) {

    public Screens {
        records = Map.copyOf(records);
    }

    /** By place, as the shell knows them. */
    public Map<Section, Screen> bySection() {
        Map<Section, Screen> all = new EnumMap<>(Section.class);
        all.put(Section.CASES, cases);
        all.put(Section.CHARTS, charts);
        all.put(Section.DUPLICATES, duplicates);
        all.put(Section.TODAY, today);
        all.putAll(records);
        return all;
    }

    @SuppressWarnings("unchecked")
    public <T extends org.returnwatch.domain.DomainRecord> RecordScreenViewModel<T> record(Section s) {
        return (RecordScreenViewModel<T>) records.get(s);
    }
}
